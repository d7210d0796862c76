import type { Role } from '@cascade/db';

/** Where a caller's unit stands to the unit whose task or plan it names. */
export type Relation = 'parent' | 'child' | 'sibling' | 'otherProvince';

/** The task and plan the scope checks name: a sub-plan's, so that it has a parent, siblings and another province. */
export interface Subject {
  taskId: string;
  planId: string;
}

export interface AccessRule {
  /** Who may call the procedure at all: anyone, anyone signed in, or holders of one of the roles. */
  callers: 'anyone' | 'signedIn' | Role[];
  /** For a procedure acting on one task or plan: the relations refused, and a well-formed input naming the subject. */
  scope?: { refused: Relation[]; input: (subject: Subject) => unknown };
  /** Why a procedure that names nothing else is safe for every caller it lets in. */
  note?: string;
}

const key = 'authz-matrix-key';
const everyRelation: Relation[] = ['parent', 'child', 'sibling', 'otherProvince'];
const outsideTree: Relation[] = ['child', 'sibling', 'otherProvince'];
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

/** Every procedure of the router, with who may call it and whom it must refuse (authorization.int.test.ts). */
export const accessRules: Record<string, AccessRule> = {
  'admin.calendarDays': admin,
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
  'monitor.grid': { callers: 'signedIn', scope: { refused: outsideTree, input: (s) => ({ planId: s.planId }) } },
  'monitor.rates': {
    callers: 'signedIn',
    scope: { refused: outsideTree, input: (s) => ({ planId: s.planId, column: 'plan' }) },
  },
  'monitor.indicators': {
    callers: 'signedIn',
    scope: { refused: outsideTree, input: (s) => ({ planId: s.planId, roundKey: null }) },
  },
  'monitor.timeline': { callers: 'signedIn', scope: { refused: outsideTree, input: (s) => ({ planId: s.planId }) } },
  'monitor.searchUnits': {
    callers: 'signedIn',
    scope: { refused: outsideTree, input: (s) => ({ planId: s.planId, query: 'xa' }) },
  },
  'monitor.overdue': {
    callers: 'signedIn',
    scope: { refused: outsideTree, input: (s) => ({ planId: s.planId, column: null }) },
  },
  'monitor.remind': {
    callers: 'signedIn',
    scope: { refused: outsideTree, input: (s) => ({ planId: s.planId, taskIds: [s.taskId] }) },
  },
  'monitor.exportXlsx': {
    callers: 'signedIn',
    scope: { refused: outsideTree, input: (s) => ({ planId: s.planId }) },
  },

  'notifications.inbox': { callers: 'signedIn', note: "the caller's own notifications" },
  'notifications.markRead': { callers: 'signedIn', note: "marks only the caller's own notifications" },
  'notifications.unreadCount': { callers: 'signedIn', note: "counts the caller's own notifications" },
  'notifications.markAllRead': { callers: 'signedIn', note: "marks only the caller's own notifications" },
  'notifications.emailChoice': { callers: 'signedIn', note: "the caller's own e-mail choice" },
  'notifications.setEmailChoice': { callers: 'signedIn', note: "changes the caller's own e-mail choice only" },

  'drafts.get': {
    callers: ['officer', 'leader'],
    scope: { refused: everyRelation, input: (s) => ({ taskId: s.taskId, form: 'plan' }) },
  },
  'drafts.save': {
    callers: ['officer', 'leader'],
    scope: { refused: everyRelation, input: (s) => ({ taskId: s.taskId, form: 'plan', values: { title: 'x' } }) },
  },

  'plans.templates': { callers: 'signedIn', note: 'published templates are read by every unit' },
  'plans.create': { callers: ['officer', 'leader'], note: "creates a plan of the caller's own unit only" },
  'plans.saveDraft': {
    callers: ['officer', 'leader'],
    scope: { refused: everyRelation, input: (s) => ({ taskId: s.taskId, idempotencyKey: key, baseVersion: 0, draft }) },
  },
  'plans.issue': {
    callers: ['leader'],
    scope: {
      refused: everyRelation,
      input: (s) => ({ taskId: s.taskId, idempotencyKey: key, draftVersion: 1, issue }),
    },
  },
  'plans.approve': {
    callers: ['head', 'leader'],
    scope: {
      refused: everyRelation,
      input: (s) => ({ taskId: s.taskId, idempotencyKey: key, draftVersion: 1, stepKey: 'x' }),
    },
  },
  'plans.returnDraft': {
    callers: ['head', 'leader'],
    scope: {
      refused: everyRelation,
      input: (s) => ({ taskId: s.taskId, idempotencyKey: key, draftVersion: 1, reason: 'x' }),
    },
  },
  'plans.progress': { callers: 'signedIn', scope: { refused: outsideTree, input: (s) => ({ planId: s.planId }) } },
  'plans.list': { callers: 'signedIn', note: "plans of the caller's visible units only" },
  // A unit reads the plans above its own sub-plan (child → parent is allowed), never a sibling's or another province's.
  'plans.read': {
    callers: 'signedIn',
    scope: { refused: ['sibling', 'otherProvince'], input: (s) => ({ planId: s.planId }) },
  },

  'reports.submit': {
    callers: ['officer', 'leader'],
    scope: {
      refused: everyRelation,
      input: (s) => ({ taskId: s.taskId, idempotencyKey: key, values: {}, narrative: '', details: {} }),
    },
  },
  'reports.return': {
    callers: ['officer', 'leader'],
    scope: { refused: everyRelation, input: (s) => ({ taskId: s.taskId, idempotencyKey: key, reason: 'x' }) },
  },
  'reports.assess': {
    callers: ['leader'],
    scope: { refused: everyRelation, input: (s) => ({ taskId: s.taskId, idempotencyKey: key, reviewerScore: 50 }) },
  },
  'reports.requestAdhoc': {
    callers: ['supervisor', 'leader'],
    scope: {
      refused: outsideTree,
      input: (s) => ({ planId: s.planId, idempotencyKey: key, label: 'x', dueOn: '2027-03-01' }),
    },
  },
  'reports.consolidation': {
    callers: 'signedIn',
    scope: { refused: outsideTree, input: (s) => ({ planId: s.planId, roundKey: 'Y' }) },
  },

  'tasks.inbox': { callers: 'signedIn', note: "the caller's unit's tasks only" },
  'tasks.workQueue': { callers: 'signedIn', note: "the caller's unit's tasks only, split by who acts next" },
  'tasks.get': { callers: 'signedIn', scope: { refused: everyRelation, input: (s) => ({ taskId: s.taskId }) } },
};
