import { endOfVnDay, type IsoDate, taskStatus } from '@cascade/domain';
import type { IndicatorValues, RoundProgress, ScheduledRound } from './types';

export interface RoundState {
  round: ScheduledRound;
  dueOn: IsoDate;
  owed: boolean;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  returnedReason: string | null;
  values: IndicatorValues | null;
  selfScore: number | null;
  assessment: RoundProgress['assessment'];
}

const notSubmitted = {
  firstSubmittedAt: null,
  submittedAt: null,
  returnedReason: null,
  values: null,
  selfScore: null,
  assessment: null,
};

/**
 * Every unit below the issuer owes every round to its parent, even one already due when its obligation began.
 * The issuer owes its consolidated report (made by its focal unit) when the round sets a date for it.
 */
export function roundStateFor(round: ScheduledRound, level: number): RoundState {
  if (level === 0) {
    const dueOn = round.consolidatedBy ?? round.dueOnByLevel[0]!;
    return { round, dueOn, owed: round.consolidatedBy !== undefined, ...notSubmitted };
  }
  const dueOn = round.dueOnByLevel[Math.min(level, round.dueOnByLevel.length) - 1] ?? round.dueOnByLevel[0]!;
  return { round, dueOn, owed: true, ...notSubmitted };
}

export function roundProgress(state: RoundState, nowMs: number): RoundProgress {
  const completedAt = state.firstSubmittedAt ? new Date(state.firstSubmittedAt) : null;
  return {
    key: state.round.key,
    dueOn: state.dueOn,
    owed: state.owed,
    status: taskStatus({ dueAt: endOfVnDay(state.dueOn), completedAt }, new Date(nowMs)),
    firstSubmittedAt: state.firstSubmittedAt,
    submittedAt: state.submittedAt,
    returnedReason: state.returnedReason,
    values: state.values,
    assessment: state.assessment,
  };
}
