import type { IsoDate } from '@cascade/domain';

/** Done on time, done late, or never done (quá hạn chưa hoàn thành). */
export type FinalStatus = 'onTime' | 'late' | 'overdue';

export interface SimulatedObligation {
  unit: string;
  kind: 'subPlan' | 'report';
  /** null for the sub-plan. */
  round: string | null;
  dueOn: IsoDate;
  submittedOn: IsoDate | null;
  status: FinalStatus;
}

export interface SimulatedReminder {
  unit: string;
  round: string | null;
  on: IsoDate;
}

export interface IndicatorOutcome {
  value: number | null;
  target: number | null;
}

export interface RoundOutcome {
  round: string;
  /** 1 for the issuer's direct subordinates. */
  level: number;
  /** The round's due date at this level. */
  dueOn: IsoDate;
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  completeness: number;
  timeliness: number;
  indicators: Record<string, IndicatorOutcome>;
}

export interface SimulationResult {
  obligations: SimulatedObligation[];
  reminders: SimulatedReminder[];
  rounds: RoundOutcome[];
}
