import { type TaskStatus, vnDateOf } from '@cascade/domain';
import type { PlanProgress } from '@cascade/workflows';
import type { FinalStatus, SimulatedObligation } from './simulationResult';

const dateOf = (instant: string | null) => (instant ? vnDateOf(new Date(instant)) : null);

/** Results are read after every due date or at the year's close; what is not done by then never will be. */
export function finalStatus(status: TaskStatus): FinalStatus {
  return status === 'pending' ? 'overdue' : status;
}

/** The unit's sub-plan, then its owed reports, by due date. */
export function obligationsOfUnit(code: string, progress: PlanProgress): SimulatedObligation[] {
  const subPlan: SimulatedObligation = {
    unit: code,
    kind: 'subPlan',
    round: null,
    dueOn: dateOf(progress.dueAt)!,
    submittedOn: dateOf(progress.issuedAt),
    status: finalStatus(progress.status),
  };
  const reports = progress.rounds
    .filter((round) => round.owed)
    .map((round): SimulatedObligation => ({
      unit: code,
      kind: 'report',
      round: round.key,
      dueOn: round.dueOn,
      submittedOn: dateOf(round.firstSubmittedAt),
      status: finalStatus(round.status),
    }));
  // A stable sort keeps the sub-plan first and rounds in schedule order on equal dates.
  return [subPlan, ...reports].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
