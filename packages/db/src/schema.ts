import type {
  AggregateRule,
  ApprovalStep,
  DraftApproval,
  GradeBand,
  ImportedIssue,
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
  /** The official code (mã đơn vị hành chính) or, for departments and offices, the province's own code. */
  code: string | null;
  /** Used in document numbers (44/KH-UBND). */
  abbreviation: string;
  address: ColumnType<string | null, string | null | undefined, string | null>;
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  effective_from: string;
  effective_to: string | null;
  successor_id: string | null;
}

export type UnitChange = 'created' | 'renamed' | 'moved' | 'updated' | 'closed' | 'reopened' | 'merged';

/** One version of a unit from its effective day: the hierarchy "as of" a day is read from these. */
export interface UnitVersionTable {
  id: Generated<number>;
  unit_id: string;
  effective_on: string;
  change: UnitChange;
  name: string;
  kind: UnitKind;
  parent_id: string | null;
  recorded_at: DefaultedTimestamp;
  recorded_by: string | null;
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
  /** Set when an administrator disables the account: it can no longer log in, its sessions are gone, its history stays. */
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** After a reset: the temporary password works only to choose a new one. */
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
  /** E-mail for notifications: each event at once, one digest a day, or none (the in-app list only). */
  notification_email: ColumnType<NotificationEmail, NotificationEmail | undefined, NotificationEmail>;
}

export type NotificationEmail = 'each' | 'digest' | 'none';

/** Failed sign-ins of one key ("username:…" or "address:…"), shared by every server process. */
export interface LoginAttemptTable {
  key: string;
  failures: number;
  last_failure_at: Date;
  locked_until: Date | null;
}

export interface SessionTable {
  /** sha256 (hex) of the id the cookie carries; the id itself is never stored. */
  id_hash: string;
  user_id: string;
  created_at: DefaultedTimestamp;
  /** The absolute expiry, fixed at sign-in. */
  expires_at: Timestamp;
  last_seen_at: DefaultedTimestamp;
  address: Generated<string>;
  user_agent: Generated<string>;
}

export interface TemplateTable {
  id: string;
  name: string;
  version: number;
  definition: Json<TemplateDefinition>;
  published_at: Timestamp | null;
  /** The unit whose administrators keep the template (a province's own); null for a national template. */
  owner_unit_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A template's own data period for a round: 'MM-DD' days of the plan year, `from` of the year before if said so. */
interface TemplateCutoff {
  from: string;
  to: string;
  fromPreviousYear?: boolean;
}

export interface TemplateDefinition {
  /** Unit kinds that must issue a sub-plan, by the kind of the unit that issues the parent plan. */
  cascade: Partial<Record<UnitKind, UnitKind[]>>;
  /** A sub-plan below the first level is due this many days after its parent sub-plan is issued. */
  lowerLevelDays: number;
  /**
   * Report rounds; a single round is due on `dueMonthDay` ('MM-DD') of the plan's year, and reports the period
   * `cutoffMonthDays` when the template sets its own (otherwise the Decree 09/2019 cut-off).
   */
  rounds: (Omit<RoundSpec, 'dueOn' | 'cutoff'> & { dueMonthDay?: string; cutoffMonthDays?: TemplateCutoff })[];
  leadDays: number;
  workingDayAdjust: WorkingDayAdjust;
  remindDaysBefore: number[];
  indicators: TemplateIndicator[];
  /** Reviews a draft passes, in order, before the leader issues it; none when absent. */
  approvalSteps?: ApprovalStep[];
  /** Admin-kept extra days off (Tết bridges) and make-up working days. */
  daysOff: string[];
  workingDays: string[];
  /** The form a plan made from this template is drafted in; its values are the plan's content. */
  planForm: FormDefinition;
  /** Extra questions every report of the plan answers, beside the indicators; none when absent. */
  reportForm?: FormDefinition;
  /** A unit's report waits for its leader's sign-off before it is sent; sent directly when absent. */
  reportSignOff?: boolean;
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
  indicators: TemplateIndicator[];
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
  /** For a plan brought in from its file: what the file says of its issue, the issue form's defaults. */
  imported_issue: ColumnType<ImportedIssue | null, string | null | undefined, string | null>;
  /** The Update (the leader's idempotency key) that issued the plan; null before, and for plans issued before it was kept. */
  issue_update_id: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** The Update that sent it (unique per task): a repeated write stores nothing. Null on rows stored before it was kept. */
  update_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** pending: waits for the unit leader; signed: the leader sent it on; returned: back to the officer for revision. */
export type SignOffState = 'pending' | 'signed' | 'returned';

/** What the officer submitted, kept as sent so that the leader's sign-off sends exactly this. */
export interface SignOffSubmission {
  values: Record<string, number | null>;
  narrative: string;
  review?: Record<string, unknown>;
  details: FormValues;
}

/** A report the unit's leader must sign off before it goes to the receiving unit (the template's option). */
export interface ReportSignOffTable {
  id: string;
  task_id: string;
  submitted_by: string;
  submitted_at: Timestamp;
  submission: Json<SignOffSubmission>;
  state: SignOffState;
  decided_by: string | null;
  decided_at: Timestamp | null;
  returned_reason: string | null;
}

/** assigned: a new sub-plan or report task; approval: a draft waits for one's step; readyToIssue: every step passed. */
export type NotificationKind =
  'assigned' | 'approval' | 'readyToIssue' | 'returned' | 'received' | 'reminder' | 'overdue' | 'security';

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: NotificationKind;
  subject: string;
  body: string;
  task_id: string | null;
  created_at: DefaultedTimestamp;
  read_at: Timestamp | null;
  /** Null until the e-mail went out; the mail outbox sends it (at least once) and then sets it. */
  mailed_at: Timestamp | null;
  mail_attempts: Generated<number>;
  /** When the outbox may try again (backoff after a failure, or a sender's lease); null: at once. */
  mail_next_attempt_at: Timestamp | null;
  /** The mail server's last answer when sending failed. */
  mail_error: string | null;
  /** Set when the outbox gave up (a permanent refusal, or too many attempts): the dead letter an administrator sees. */
  mail_dead_at: Timestamp | null;
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

/** A province's additions to the national calendar (its own days off and make-up working days). */
export interface ProvinceCalendarDayTable extends CalendarDayTable {
  province_id: string;
}

/** One content, stored once whatever the number of uploads that name it (content-addressed). */
export interface FileBlobTable {
  sha256: string;
  size: number;
  /** Null when the content is kept in the configured S3-compatible store, under its sha256. */
  content: Uint8Array | null;
  created_at: DefaultedTimestamp;
}

/** One upload: its name and the type found in its content, and the plan whose readers may download it. */
export interface FileTable {
  id: string;
  sha256: string;
  name: string;
  content_type: string;
  size: number;
  plan_id: string;
  uploaded_by: string | null;
  created_at: DefaultedTimestamp;
}

/** The form a draft was typed into: a plan's draft, a unit's report, or the consolidated report of a receiving unit. */
export type AutosavedForm = 'plan' | 'report' | 'consolidation';

/** Unvalidated form values saved as the user types, so that a reload or another device finds them again. */
export interface AutosavedDraftTable {
  user_id: string;
  task_id: string;
  form: AutosavedForm;
  values: Json<unknown>;
  saved_at: Timestamp;
}

/** A template's indicator: how the level above adds it up, its default target, and what a report may say for it. */
export interface TemplateIndicator {
  key: string;
  label: string;
  aggregate: AggregateRule;
  target: number | null;
  /** Đơn vị tính ("%" makes it a rate of 0–100). */
  unit?: string;
  max?: number | null;
  required?: boolean;
}

export interface Database {
  autosaved_drafts: AutosavedDraftTable;
  calendar_days: CalendarDayTable;
  province_calendar_days: ProvinceCalendarDayTable;
  units: UnitTable;
  /** Each unit's name folded (lower case, no diacritics), kept by a trigger on units: for the monitor's search. */
  unit_search_names: { unit_id: string; folded: string };
  unit_versions: UnitVersionTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  templates: TemplateTable;
  plans: PlanTable;
  plan_drafts: PlanDraftTable;
  tasks: TaskTable;
  report_submissions: ReportSubmissionTable;
  report_sign_offs: ReportSignOffTable;
  notifications: NotificationTable;
  audit_events: AuditEventTable;
  file_blobs: FileBlobTable;
  files: FileTable;
}

export type Unit = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type UnitVersionRow = Selectable<UnitVersionTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Plan = Selectable<PlanTable>;
export type Task = Selectable<TaskTable>;
export type Notification = Selectable<NotificationTable>;
export type CalendarDay = Selectable<CalendarDayTable>;
export type AuditEvent = Selectable<AuditEventTable>;
