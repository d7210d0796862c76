import type {
  AggregateRule,
  ApprovalStep,
  DraftApproval,
  GradeBand,
  PlanContent,
  PlanIssue,
  ReportPeriod,
  ReviewKind,
  RoundSpec,
  UnitKind,
  WorkingDayAdjust,
} from '@cascade/domain';
import type { FormDefinition, FormValues } from '@cascade/forms';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type { PlanContent, PlanIssue, UnitKind };
/** head: trưởng phòng, who may approve a step of a draft before the leader issues it. */
export type Role = 'admin' | 'leader' | 'head' | 'officer' | 'supervisor';
/** closed: the plan year is over (tổng kết done, or 31/12 passed). */
export type PlanStatus = 'drafting' | 'issued' | 'closed';
export type TaskKind = 'plan' | 'report';
/** handedOver: no longer owed, the unit having been merged into a successor; closed: the plan year ended first. */
export type TaskState = 'open' | 'overdue' | 'done' | 'handedOver' | 'closed';

export interface UnitTable {
  id: string;
  name: string;
  kind: UnitKind;
  parent_id: string | null;
  official_code: string | null;
  abbreviation: string;
  effective_from: string;
  effective_to: string | null;
  successor_id: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  unit_id: string;
  /** The unit whose subtree a supervisor watches; the user's own unit otherwise. */
  scope_unit_id: string;
  roles: Json<Role[]>;
  password_hash: string;
  created_at: DefaultedTimestamp;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp;
}

export interface TemplateTable {
  id: string;
  name: string;
  version: number;
  definition: Json<TemplateDefinition>;
  published_at: Timestamp | null;
}

export interface TemplateDefinition {
  /** Unit kinds that must issue a sub-plan, by the kind of the unit that issues the parent plan. */
  cascade: Partial<Record<UnitKind, UnitKind[]>>;
  /** A sub-plan below the first level is due this many days after its parent sub-plan is issued. */
  lowerLevelDays: number;
  /** Report rounds; a single round is due on `dueMonthDay` ('MM-DD') of the plan's year. */
  rounds: (Omit<RoundSpec, 'dueOn'> & { dueMonthDay?: string })[];
  leadDays: number;
  workingDayAdjust: WorkingDayAdjust;
  remindDaysBefore: number[];
  indicators: { key: string; label: string; aggregate: AggregateRule; target: number | null }[];
  /** Reviews a draft passes, in order, before the leader issues it; none when absent. */
  approvalSteps?: ApprovalStep[];
  /** Admin-kept extra days off (Tết bridges) and make-up working days. */
  daysOff: string[];
  workingDays: string[];
  /** The form a plan made from this template is drafted in; its values are the plan's content. */
  planForm: FormDefinition;
  /** Extra questions every report of the plan answers, beside the indicators; none when absent. */
  reportForm?: FormDefinition;
}

export interface TaskAssessment {
  selfScore: number | null;
  reviewerScore: number;
  grade: string;
}

export interface StoredSchedule {
  rounds: {
    key: string;
    label: string;
    period: ReportPeriod | 'adhoc';
    review?: ReviewKind;
    cutoff: { from: string; to: string };
    dueOnByLevel: string[];
    consolidatedBy?: string;
    /** The round's own questions, in place of the template's report form (an ad hoc request's form). */
    form?: FormDefinition;
  }[];
  remindDaysBefore: number[];
  indicators: { key: string; label: string; aggregate: AggregateRule; target: number | null }[];
  gradeBands?: GradeBand[];
}

export interface PlanTable {
  id: string;
  template_id: string;
  issuer_unit_id: string;
  parent_plan_id: string | null;
  year: number;
  title: string;
  status: PlanStatus;
  content: Json<PlanContent>;
  draft_version: Generated<number>;
  issue: Json<PlanIssue | null>;
  workflow_id: string;
  schedule: ColumnType<StoredSchedule, string | undefined, string>;
  targets: ColumnType<Record<string, number | null>, string | undefined, string>;
  returned_reason: string | null;
  /** Consolidates the reports for the issuer; set when the plan is issued. */
  focal_unit_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface PlanDraftTable {
  plan_id: string;
  version: number;
  title: string;
  content: Json<PlanContent>;
  saved_by: string;
  saved_at: DefaultedTimestamp;
  approvals: ColumnType<DraftApproval[], string | undefined, string>;
}

export interface ReportSubmissionTable {
  task_id: string;
  submitted_at: Timestamp;
  submitted_by: string;
  values: Json<Record<string, number | null>>;
  narrative: string;
  review: Json<Record<string, unknown> | null>;
  /** The answers to the round's form; {} when it has none. */
  details: ColumnType<FormValues, string | undefined, string>;
  on_time: boolean;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: 'reminder' | 'overdue' | 'returned';
  subject: string;
  body: string;
  task_id: string | null;
  created_at: DefaultedTimestamp;
  read_at: Timestamp | null;
  /** Null until the e-mail went out: a worker that died before sending leaves it for the activity's retry. */
  mailed_at: Timestamp | null;
}

export interface TaskTable {
  id: string;
  kind: TaskKind;
  plan_id: string;
  unit_id: string;
  title: string;
  due_at: Timestamp | null;
  state: TaskState;
  completed_at: Timestamp | null;
  workflow_id: string;
  round_key: string | null;
  returned_reason: string | null;
  /** Sơ kết / tổng kết: self-assessed score → reviewer's score → grade. */
  assessment: ColumnType<TaskAssessment | null, string | undefined, string>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: DefaultedTimestamp;
  actor_user_id: string | null;
  unit_id: string | null;
  action: string;
  subject_id: string;
  data: Json<Record<string, unknown>>;
  /** The same for every attempt of one action, so a retried activity records it once; null for one-shot writes. */
  idempotency_key: string | null;
}

/** Admin-kept exceptions to the working week: extra days off (Tết bridges) and make-up working Saturdays. */
export interface CalendarDayTable {
  date: string;
  kind: 'dayOff' | 'workingDay';
  note: string;
}

export interface Database {
  calendar_days: CalendarDayTable;
  units: UnitTable;
  users: UserTable;
  sessions: SessionTable;
  templates: TemplateTable;
  plans: PlanTable;
  plan_drafts: PlanDraftTable;
  tasks: TaskTable;
  report_submissions: ReportSubmissionTable;
  notifications: NotificationTable;
  audit_events: AuditEventTable;
}

export type Unit = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type User = Selectable<UserTable>;
export type Plan = Selectable<PlanTable>;
export type Task = Selectable<TaskTable>;
export type Notification = Selectable<NotificationTable>;
export type CalendarDay = Selectable<CalendarDayTable>;
export type AuditEvent = Selectable<AuditEventTable>;
