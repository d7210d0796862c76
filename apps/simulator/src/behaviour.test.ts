import { describe, expect, it } from 'vitest';
import { reportPlan, subPlanOffset } from './behaviour';
import type { Scenario } from './scenarioSchema';

type Behaviours = NonNullable<Scenario['behaviour']>;

const behaviours: Behaviours = {
  default: {
    subPlan: { offsetDays: -2 },
    reports: { offsetDays: -1, values: { models: 1, dialogues: 2 }, H1: { offsetDays: 0 } },
  },
  C1: { subPlan: { offsetDays: 3 }, reports: { H1: null, values: { models: 4 } } },
  C2: { reports: { offsetDays: 5 } },
  C3: null,
  C4: { reports: null, subPlan: null },
  K: { reports: { M: { offsetDays: 2 }, 'M-07': null } },
};

describe('scripted behaviour', () => {
  it("a unit's entry overrides default field by field", () => {
    expect(subPlanOffset(behaviours, 'C1')).toBe(3);
    expect(subPlanOffset(behaviours, 'C2')).toBe(-2);
    expect(reportPlan(behaviours, 'C1', 'Y', 'Y')).toEqual({ offsetDays: -1, values: { models: 4, dialogues: 2 } });
  });

  it('a round key overrides for that round only; null never acts in it', () => {
    expect(reportPlan(behaviours, 'SNV', 'H1', 'H1')).toEqual({ offsetDays: 0, values: { models: 1, dialogues: 2 } });
    expect(reportPlan(behaviours, 'C1', 'H1', 'H1')).toBeNull();
  });

  it("the unit's general fields beat default's round override", () => {
    expect(reportPlan(behaviours, 'C2', 'H1', 'H1')?.offsetDays).toBe(5);
  });

  it('null for a whole entry, or for reports and subPlan, means never', () => {
    expect(subPlanOffset(behaviours, 'C3')).toBeNull();
    expect(reportPlan(behaviours, 'C3', 'Y', 'Y')).toBeNull();
    expect(subPlanOffset(behaviours, 'C4')).toBeNull();
    expect(reportPlan(behaviours, 'C4', 'Y', 'Y')).toBeNull();
  });

  it('a monthly round answers to its schedule key and, more precisely, to its own', () => {
    expect(reportPlan(behaviours, 'K', 'M-06', 'M')?.offsetDays).toBe(2);
    expect(reportPlan(behaviours, 'K', 'M-07', 'M')).toBeNull();
  });

  it('without any behaviour a unit acts on its due date with no values', () => {
    expect(subPlanOffset(undefined, 'X')).toBe(0);
    expect(reportPlan(undefined, 'X', 'Y', 'Y')).toEqual({ offsetDays: 0, values: {} });
  });
});
