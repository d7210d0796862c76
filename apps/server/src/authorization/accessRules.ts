import type { Role } from '@cascade/db';

/**
 * Where a caller's unit (a supervisor's or administrator's scope unit) stands to the unit whose task or plan it names.
 * The matrix's subject is a commune's sub-plan (a child names the province's plan), so own, child and sibling callers
 * sit in communes, parent and otherProvince callers in provinces.
 */
export type Relation = 'own' | 'parent' | 'child' | 'sibling' | 'otherProvince';
export const relations: Relation[] = ['own', 'parent', 'child', 'sibling', 'otherProvince'];

/** In scope: the input names what the procedure acts on; out of scope: a task or plan of the wrong kind, or a step not held. */
export type Scope = 'inScope' | 'outOfScope';
export type Outcome = 'allowed' | 'refused';
export type Cell = `${Role}/${Relation}/${Scope}`;

/** The task and plan a scoped procedure names: a plan task, its plan and a report task of that plan. */
export interface Subject {
  planTaskId: string;
  planId: string;
  reportTaskId: string;
}

export interface AccessRule {
  /** Who may call the procedure at all: anyone, anyone signed in, or holders of one of the roles. */
  callers: 'anyone' | 'signedIn' | Role[];
  /**
   * For a procedure acting on one task or plan: the relations refused, a well-formed input naming the subject, and an
   * input naming a subject out of its scope (a task or plan of the wrong kind), which every caller is refused.
   */
  scope?: {
    refused: Relation[];
    input: (subject: Subject, role: Role | null) => unknown;
    outOfScope: (subject: Subject, role: Role | null) => unknown;
  };
  /** Cells whose outcome differs from what callers and scope say. */
  overrides?: Partial<Record<Cell, Outcome>>;
  /** Why a procedure that names nothing else is safe for every caller it lets in. */
  note?: string;
}

/** The outcome of one cell of the matrix, derived from the procedure's rule; null role = signed out. */
export function expectedOutcome(rule: AccessRule, role: Role | null, relation: Relation, scope: Scope): Outcome {
  const override = role && rule.overrides?.[`${role}/${relation}/${scope}`];
  if (override) return override;
  const mayCall =
    rule.callers === 'anyone' || (role !== null && (rule.callers === 'signedIn' || rule.callers.includes(role)));
  if (!mayCall) return 'refused';
  if (!rule.scope) return 'allowed';
  if (scope === 'outOfScope') return 'refused';
  return rule.scope.refused.includes(relation) ? 'refused' : 'allowed';
}

const key = 'authz-matrix-key';
const everyOtherUnit: Relation[] = ['parent', 'child', 'sibling', 'otherProvince'];
const outsideTree: Relation[] = ['child', 'sibling', 'otherProvince'];
/** A report received from a subordinate: only the parent (the unit it goes to) acts on it. */
const allButReceiver: Relation[] = ['own', 'child', 'sibling', 'otherProvince'];
/** A report task's id where a plan's is expected: no such plan. */
const notAPlan = (s: Subject) => s.reportTaskId;
const draft = { title: 'x', directives: [], purpose: 'x', tasks: 'x', organization: 'x' };
const issue = {
  documentNumber: '1/KH-UBND',
  issuedOn: '2027-01-05',
  signerName: 'x',
  signerTitle: 'x',
  signingCapacity: 'TM.',
  recipients: [],
  subPlanDueOn: '2027-02-28',
};
const admin: AccessRule = { callers: ['admin'] };
const bothScopes: Scope[] = ['inScope', 'outOfScope'];
/** A commune's administrator (own, child, sibling) keeps no calendar: the nation's and each province's do. */
const communeAdminRefused = Object.fromEntries(
  (['own', 'child', 'sibling'] as const).flatMap((r) => bothScopes.map((s) => [`admin/${r}/${s}`, 'refused'])),
) as Partial<Record<Cell, Outcome>>;

/** The matrix's plans follow a template with these steps: the head reviews, then the leader signs off. */
export const approvalSteps = [
  { key: 'review', label: 'Trưởng phòng thẩm định', role: 'head' as const },
  { key: 'sign', label: 'Lãnh đạo duyệt', role: 'leader' as const },
];
const approval = (taskId: string, stepKey: string) => ({ taskId, idempotencyKey: key, draftVersion: 1, stepKey });
const submission = { idempotencyKey: key, values: {}, narrative: '', details: {} };
const adhoc = { idempotencyKey: key, label: 'x', dueOn: '2027-03-01' };

/** Watching a plan: its own unit, the units above and their supervisors; out of scope: an id that is not a plan's. */
const watching = (input: (planId: string) => unknown): AccessRule => ({
  callers: 'signedIn',
  scope: { refused: outsideTree, input: (s) => input(s.planId), outOfScope: (s) => input(notAPlan(s)) },
});

/** Acting on a plan task of the caller's own unit; out of scope: a task of the wrong kind (a report task). */
const onPlanTask = (callers: Role[], input: (taskId: string) => unknown): AccessRule => ({
  callers,
  scope: { refused: everyOtherUnit, input: (s) => input(s.planTaskId), outOfScope: (s) => input(s.reportTaskId) },
});

/** Acting on a report task of the caller's own unit; out of scope: a plan task. */
const onOwnReport = (callers: Role[], fields: object): AccessRule => ({
  callers,
  scope: {
    refused: everyOtherUnit,
    input: (s) => ({ taskId: s.reportTaskId, idempotencyKey: key, ...fields }),
    outOfScope: (s) => ({ taskId: s.planTaskId, idempotencyKey: key, ...fields }),
  },
});

/** Acting on a subordinate's report, which only the unit receiving it may do; out of scope: a plan task. */
const onReceivedReport = (callers: Role[], fields: object): AccessRule => ({
  callers,
  scope: {
    refused: allButReceiver,
    input: (s) => ({ taskId: s.reportTaskId, idempotencyKey: key, ...fields }),
    outOfScope: (s) => ({ taskId: s.planTaskId, idempotencyKey: key, ...fields }),
  },
});

/** Every procedure of the router, with who may call it and whom it must refuse (authorization.int.test.ts). */
export const accessRules: Record<string, AccessRule> = {
  'admin.calendarDays': { callers: ['admin'], overrides: communeAdminRefused },
  'admin.setCalendarDay': admin,
  'admin.removeCalendarDay': admin,
  'admin.units': admin,
  'admin.mergeUnit': admin,
  'admin.templates': admin,
  'admin.template': admin,
  'admin.previewSchedule': admin,
  'admin.saveTemplate': admin,
  'admin.publishTemplate': admin,
  'admin.operations': admin,
  'admin.retryMail': admin,

  // A province administrator's scope (its own subtree) is tested per procedure in units/users.int.test.ts.
  'units.tree': admin,
  'units.get': admin,
  'units.create': admin,
  'units.update': admin,
  'units.close': admin,
  'units.reopen': admin,
  'units.import': admin,
  'units.audit': admin,
  // Scope (a province administrator reads its own subtree's entries only) is tested in audit.int.test.ts.
  'audit.list': admin,
  'audit.export': admin,
  'users.list': admin,
  'users.create': admin,
  'users.update': admin,
  'users.disable': admin,
  'users.enable': admin,
  'users.resetPassword': admin,
  'users.import': admin,

  'auth.me': { callers: 'anyone', note: 'describes the caller only' },
  'auth.login': { callers: 'anyone', note: 'rate-limited, see login.int.test.ts' },
  'auth.logout': { callers: 'signedIn', note: "ends the caller's own session" },
  'auth.logoutEverywhere': { callers: 'signedIn', note: "ends the caller's own sessions" },
  'auth.sessions': { callers: 'signedIn', note: "lists the caller's own sessions" },
  'auth.changePassword': { callers: 'signedIn', note: "changes the caller's own password, after checking it" },
  'auth.endSession': { callers: 'signedIn', note: "ends only a session of the caller's own" },
  'auth.endOtherSessions': { callers: 'signedIn', note: "ends the caller's own other sessions" },

  'monitor.overview': { callers: 'signedIn', note: "plans of the caller's scope only" },
  'monitor.grid': watching((s) => ({ planId: s })),
  'monitor.rates': watching((s) => ({ planId: s, column: 'plan' })),
  'monitor.indicators': watching((s) => ({ planId: s, roundKey: null })),
  'monitor.timeline': watching((s) => ({ planId: s })),
  'monitor.searchUnits': watching((s) => ({ planId: s, query: 'xa' })),
  'monitor.overdue': watching((s) => ({ planId: s, column: null })),
  'monitor.remind': {
    callers: 'signedIn',
    scope: {
      refused: outsideTree,
      input: (s) => ({ planId: s.planId, taskIds: [s.reportTaskId] }),
      outOfScope: (s) => ({ planId: notAPlan(s), taskIds: [s.reportTaskId] }),
    },
  },
  'monitor.exportXlsx': watching((s) => ({ planId: s })),

  'notifications.inbox': { callers: 'signedIn', note: "the caller's own notifications" },
  'notifications.markRead': { callers: 'signedIn', note: "marks only the caller's own notifications" },
  'notifications.unreadCount': { callers: 'signedIn', note: "counts the caller's own notifications" },
  'notifications.markAllRead': { callers: 'signedIn', note: "marks only the caller's own notifications" },
  'notifications.emailChoice': { callers: 'signedIn', note: "the caller's own e-mail choice" },
  'notifications.setEmailChoice': { callers: 'signedIn', note: "changes the caller's own e-mail choice only" },

  'drafts.get': onPlanTask(['officer', 'leader'], (taskId) => ({ taskId, form: 'plan' })),
  'drafts.save': onPlanTask(['officer', 'leader'], (taskId) => ({ taskId, form: 'plan', values: { title: 'x' } })),

  'plans.templates': { callers: 'signedIn', note: 'published templates are read by every unit' },
  'plans.create': { callers: ['officer', 'leader'], note: "creates a plan of the caller's own unit only" },
  // Plan actions check the task's kind: a report task is out of their scope.
  'plans.saveDraft': onPlanTask(['officer', 'leader'], (taskId) => ({
    taskId,
    idempotencyKey: key,
    baseVersion: 0,
    draft,
  })),
  'plans.issue': onPlanTask(['leader'], (taskId) => ({ taskId, idempotencyKey: key, draftVersion: 1, issue })),
  // The template's steps (approvalSteps beside): a head may approve only the step it holds, a leader only its own.
  'plans.approve': {
    callers: ['head', 'leader'],
    scope: {
      refused: everyOtherUnit,
      input: (s, role) => approval(s.planTaskId, role === 'head' ? 'review' : 'sign'),
      outOfScope: (s, role) => approval(s.planTaskId, role === 'head' ? 'sign' : 'review'),
    },
  },
  'plans.returnDraft': onPlanTask(['head', 'leader'], (taskId) => ({
    taskId,
    idempotencyKey: key,
    draftVersion: 1,
    reason: 'x',
  })),
  'plans.progress': watching((s) => ({ planId: s })),
  'plans.list': { callers: 'signedIn', note: "plans of the caller's visible units only" },
  // A unit reads the plans above its own sub-plan (child → parent is allowed), never a sibling's or another province's.
  'plans.read': {
    callers: 'signedIn',
    scope: {
      refused: ['sibling', 'otherProvince'],
      input: (s) => ({ planId: s.planId }),
      outOfScope: (s) => ({ planId: notAPlan(s) }),
    },
  },

  'reports.submit': onOwnReport(['officer', 'leader'], submission),
  'reports.return': onReceivedReport(['officer', 'leader'], { reason: 'x' }),
  'reports.assess': onReceivedReport(['leader'], { reviewerScore: 50 }),
  'reports.requestAdhoc': {
    callers: ['supervisor', 'leader'],
    scope: {
      refused: outsideTree,
      input: (s) => ({ planId: s.planId, ...adhoc }),
      outOfScope: (s) => ({ planId: notAPlan(s), ...adhoc }),
    },
  },
  'reports.consolidation': watching((s) => ({ planId: s, roundKey: 'Y' })),

  // Only a leader of the unit that made the report decides it, never its own submitter (signOffs.int.test.ts).
  'signOffs.signOff': onOwnReport(['leader'], {}),
  'signOffs.return': onOwnReport(['leader'], { reason: 'x' }),

  'tasks.inbox': { callers: 'signedIn', note: "the caller's unit's tasks only" },
  'tasks.workQueue': { callers: 'signedIn', note: "the caller's unit's tasks only, split by who acts next" },
  // Any task of the caller's own unit is in scope; out of scope: an id that names no task.
  'tasks.get': {
    callers: 'signedIn',
    scope: {
      refused: everyOtherUnit,
      input: (s) => ({ taskId: s.planTaskId }),
      outOfScope: (s) => ({ taskId: s.planId }),
    },
  },
};
