import type { findLatestSignOff, TaskRow, User } from '@cascade/db';

type SignOffRow = NonNullable<Awaited<ReturnType<typeof findLatestSignOff>>>;

/** What a report's page shows of its last submission for sign-off, and whether the viewer may decide it. */
export function signOffView(row: SignOffRow, task: TaskRow, user: User) {
  // Sent while the sign-off's own record lagged (a timed-out wait): the report is what counts.
  const isSent = task.state === 'done' && task.returnedReason === null;
  const state = row.state === 'pending' && isSent ? 'signed' : row.state;
  return {
    state,
    submittedByName: row.submitted_by_name,
    submittedAt: row.submitted_at,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at,
    returnedReason: row.returned_reason,
    submission: row.submission,
    canDecide:
      state === 'pending' &&
      user.roles.includes('leader') &&
      user.unit_id === row.submitter_unit_id &&
      user.id !== row.submitted_by,
  };
}
