/**
 * Every change to the plan workflow that alters its command sequence, as a Temporal patch id (see README,
 * "How to change a workflow safely"). A workflow that started before a change replays the old branch; one that
 * starts after takes the new. Remove a branch only once no running workflow can take it (deprecatePatch first).
 */
export const patches = {
  /** 2026-11-30: sub-plan workflows start together instead of one after another. */
  concurrentChildStarts: 'concurrent-child-starts',
  /** 2026-11-30: an ad hoc round reaches a sub-plan only once its workflow has started (it was lost or failed before). */
  adhocAfterChildStart: 'adhoc-after-child-start',
  /** 2026-11-30: ad hoc rounds reach the sub-plans through a short child workflow (the plan's history stays small). */
  adhocFanOutChild: 'adhoc-fan-out-child',
  /** 2026-12-01: a successor merged in its turn hands on what it inherited (a second hand-over was ignored before). */
  repeatedHandOver: 'repeated-hand-over',
  /**
   * 2026-11-30: sub-plan workflows are started by an activity through the client (each start its own workflow's write)
   * instead of as children (every child start queues on the parent's one history: 120 took ~24 s on the dev server).
   */
  subPlansStartedByActivity: 'sub-plans-started-by-activity',
} as const;
