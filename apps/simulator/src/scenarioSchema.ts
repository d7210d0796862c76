import { isIsoDate } from '@cascade/domain';
import { z } from 'zod';

export const unitKinds = ['province', 'district', 'commune', 'department', 'office', 'organization'] as const;
export const reportPeriods = ['month', 'quarter', 'half', 'nine-months', 'year'] as const;
export const aggregateRules = ['sum', 'average', 'min', 'max', 'count'] as const;

const isoDate = z.string().refine(isIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });
// Codes become parts of plan and workflow ids, joined with dots.
const unitCode = z.string().regex(/^[A-Za-z0-9_-]+$/, { message: 'expected letters, digits, "-" or "_"' });
const days = z.int().min(0).max(366);

export interface HierarchyUnit {
  code: string;
  name: string;
  kind: (typeof unitKinds)[number];
  children?: HierarchyUnit[];
}

export const hierarchyUnitSchema: z.ZodType<HierarchyUnit> = z.strictObject({
  code: unitCode,
  name: z.string().min(1),
  kind: z.enum(unitKinds),
  get children() {
    return z.array(hierarchyUnitSchema).optional();
  },
});

export const roundSpecSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9_-]+$/, { message: 'expected letters, digits, "-" or "_"' }),
  label: z.string().min(1),
  period: z.enum(reportPeriods),
  dueOn: isoDate.optional(),
  every: z.literal('month').optional(),
  dueDay: z.int().min(1).max(31).optional(),
  index: z.int().min(1).max(12).optional(),
  review: z.enum(['midYear', 'annual']).optional(),
});

export const indicatorSchema = z.strictObject({
  key: z.string().min(1),
  label: z.string().min(1),
  aggregate: z.enum(aggregateRules),
  target: z.number().nullable().optional(),
});

const offsetDays = z.int().min(-366).max(366).nullable();
const indicatorValues = z.record(z.string(), z.number().nullable());

/** One layer of behaviour for a report: `offsetDays: null` means the unit never reports. */
export interface ReportAct {
  offsetDays?: number | null;
  values?: Record<string, number | null>;
}
/** A unit's reports: the fields of ReportAct for every round, and any other key naming a round for that round only. */
export type ReportsBehaviour = ReportAct & Record<string, unknown>;

export const reportActSchema: z.ZodType<ReportAct> = z.strictObject({
  offsetDays: offsetDays.optional(),
  values: indicatorValues.optional(),
});
export const reportsBehaviourSchema: z.ZodType<ReportsBehaviour> = z
  .object({ offsetDays: offsetDays.optional(), values: indicatorValues.optional() })
  .catchall(reportActSchema.nullable());
export const unitBehaviourSchema = z.strictObject({
  subPlan: z.strictObject({ offsetDays }).nullable().optional(),
  reports: reportsBehaviourSchema.nullable().optional(),
});

export const scenarioSchema = z.strictObject({
  year: z.int().min(2000).max(2100),
  hierarchy: hierarchyUnitSchema,
  plan: z.strictObject({
    issuer: unitCode,
    issuedOn: isoDate,
    focalUnit: unitCode.optional(),
    cascade: z.strictObject({ unitKinds: z.array(z.enum(unitKinds)).min(1), dueOn: isoDate, lowerLevelDays: days }),
    rounds: z.array(roundSpecSchema).min(1),
    leadDays: days,
    workingDayAdjust: z.enum(['none', 'previous', 'next']),
    remindDaysBefore: z.array(days),
    indicators: z.array(indicatorSchema),
  }),
  behaviour: z.record(z.string(), unitBehaviourSchema.nullable()).optional(),
  /** Units merged into a successor on a date: from then on they owe no round falling due. */
  mergers: z.array(z.strictObject({ unit: unitCode, into: unitCode, on: isoDate })).optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type RoundSpecInput = z.infer<typeof roundSpecSchema>;
export type UnitBehaviour = z.infer<typeof unitBehaviourSchema>;
