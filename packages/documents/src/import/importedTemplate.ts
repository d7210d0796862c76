import type { ImportedPlan } from './importPlan';

/** A report round as a template keeps it: once a year on a month-day, or every month on a day. */
export type ImportedTemplateRound =
  | {
      key: string;
      label: string;
      period: 'quarter' | 'half' | 'nine-months' | 'year';
      dueMonthDay: string;
      /** The quarter reported on: the one that ends in or before the month it is due. */
      index?: number;
    }
  | { key: string; label: string; period: 'month'; every: 'month'; dueDay: number };

/** What a plan file gives a new template: its report rounds and its sub-plans' time to issue. */
export interface ImportedTemplate {
  rounds: ImportedTemplateRound[];
  /** Days from the plan's issue to its sub-plans' deadline; null when the file does not give both dates. */
  subPlanDays: number | null;
}

const labels = {
  month: 'Báo cáo tháng',
  quarter: 'Báo cáo quý',
  half: 'Báo cáo 6 tháng',
  'nine-months': 'Báo cáo 9 tháng',
  year: 'Báo cáo năm',
} as const;
const keys = { month: 'M', quarter: 'Q', half: 'H1', 'nine-months': 'M9', year: 'Y' } as const;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export function importedTemplateOf(plan: ImportedPlan): ImportedTemplate {
  const rounds: ImportedTemplateRound[] = [];
  for (const round of plan.reportRounds) {
    if (round.period === 'month') {
      if (round.dayOfMonth)
        rounds.push({ key: 'M', label: labels.month, period: 'month', every: 'month', dueDay: round.dayOfMonth });
      continue;
    }
    if (!round.dueOn) continue;
    const same = rounds.filter((r) => r.period === round.period).length;
    const month = Number(round.dueOn.slice(5, 7));
    rounds.push({
      key: same === 0 ? keys[round.period] : `${keys[round.period]}-${same + 1}`,
      label: round.period === 'quarter' ? `${labels.quarter} (hạn tháng ${month})` : labels[round.period],
      period: round.period,
      dueMonthDay: round.dueOn.slice(5),
      ...(round.period === 'quarter' ? { index: Math.ceil(month / 3) } : {}),
    });
  }
  const days = plan.issuedOn && plan.subPlanDueOn ? daysBetween(plan.issuedOn, plan.subPlanDueOn) : null;
  return { rounds, subPlanDays: days !== null && days > 0 ? days : null };
}
