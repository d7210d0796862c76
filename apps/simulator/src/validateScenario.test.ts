import { describe, expect, it } from 'vitest';
import { exampleScenario } from './testing/exampleScenario';
import { validateScenario } from './validateScenario';

// Scenarios come from hand-written JSON, so the mistakes are made on untyped data.
const withChange = (change: (scenario: any) => void) => {
  const scenario = exampleScenario();
  change(scenario);
  return () => validateScenario(JSON.parse(JSON.stringify(scenario)));
};

describe('validateScenario', () => {
  it('accepts the example of the issue', () => {
    expect(validateScenario(exampleScenario())).toEqual(exampleScenario());
  });

  it.each([
    [
      'a period the decree does not know',
      (s: any) => (s.plan.rounds[0].period = 'week'),
      'plan.rounds[0].period: expected one of "month", "quarter", "half", "nine-months", "year", got "week"',
    ],
    [
      'behaviour for an unknown unit',
      (s: any) => (s.behaviour.X9 = { reports: null }),
      'behaviour.X9: no unit with code "X9" in the hierarchy',
    ],
    [
      'behaviour for the issuer',
      (s: any) => (s.behaviour.P = { reports: null }),
      'behaviour.P: is the issuer, which owes nothing',
    ],
    [
      'behaviour for a unit the plan does not cascade to',
      (s: any) => (s.plan.cascade.unitKinds = ['department', 'district']),
      'behaviour.C1: "C1" owes nothing: it is not reached from P through plan.cascade.unitKinds',
    ],
    [
      'a report override for an unknown round',
      (s: any) => (s.behaviour.C1.reports.Q9 = null),
      'behaviour.C1.reports.Q9: no report round "Q9" in plan.rounds',
    ],
    [
      'a value for an unknown indicator',
      (s: any) => (s.behaviour.default.reports.values.dialogs = 1),
      'behaviour.default.reports.values.dialogs: no indicator "dialogs" in plan.indicators',
    ],
    [
      'an issuer outside the hierarchy',
      (s: any) => (s.plan.issuer = 'Q'),
      'plan.issuer: no unit with code "Q" in the hierarchy',
    ],
    [
      'two units with one code',
      (s: any) => (s.hierarchy.children[1].children[0].code = 'SNV'),
      'hierarchy: two units share the code "SNV"',
    ],
    [
      'a monthly round without its day',
      (s: any) => (s.plan.rounds[0] = { key: 'M', label: 'Tháng', period: 'month', every: 'month' }),
      'plan.rounds[0].dueDay: a round with "every": "month" needs a dueDay from 1 to 31',
    ],
    [
      'a single monthly round without its month',
      (s: any) => (s.plan.rounds[0] = { key: 'M3', label: 'Tháng 3', period: 'month', dueOn: '2024-03-15' }),
      'plan.rounds[0].index: a single monthly round needs the month it reports on (1–12)',
    ],
    [
      'a half-year numbered 3',
      (s: any) => (s.plan.rounds[0].index = 3),
      'plan.rounds[0].index: a half round has periods 1 to 2',
    ],
    ['a missing field', (s: any) => delete s.plan.leadDays, 'plan.leadDays: required, but missing'],
    ['a misspelt field', (s: any) => (s.plan.leadDay = 5), 'plan.leadDay: unknown field'],
    [
      'a date that does not exist',
      (s: any) => (s.plan.issuedOn = '2024-02-30'),
      'plan.issuedOn: expected a calendar date YYYY-MM-DD',
    ],
    [
      'a cascade due before the plan is issued',
      (s: any) => (s.plan.cascade.dueOn = '2024-01-15'),
      'plan.cascade.dueOn: is before plan.issuedOn (2024-01-31)',
    ],
    [
      'a fractional offset',
      (s: any) => (s.behaviour.C1.subPlan.offsetDays = 1.5),
      'behaviour.C1.subPlan.offsetDays: Invalid input: expected int, received number',
    ],
    [
      'a round due after the plan year',
      (s: any) => (s.plan.rounds[1].dueOn = '2025-01-10'),
      'plan.rounds[1].dueOn: is outside the plan year 2024',
    ],
    [
      'a merger of the issuer',
      (s: any) => (s.mergers = [{ unit: 'P', into: 'SNV', on: '2024-07-01' }]),
      'mergers[0].unit: is the issuer, which owes nothing',
    ],
    [
      'a unit merged into itself',
      (s: any) => (s.mergers = [{ unit: 'D1', into: 'D1', on: '2024-07-01' }]),
      'mergers[0].into: a unit cannot be merged into itself',
    ],
    [
      'a merger after the plan year',
      (s: any) => (s.mergers = [{ unit: 'D1', into: 'SNV', on: '2025-01-01' }]),
      'mergers[0].on: is outside the plan year 2024',
    ],
    [
      'nothing to cascade to',
      (s: any) => (s.plan.cascade.unitKinds = ['commune']),
      'plan.cascade.unitKinds: no unit directly under "P" is of a listed kind, so nothing cascades',
    ],
  ])('rejects %s, naming the field', (_, change, message) => {
    expect(withChange(change)).toThrow(message);
  });
});
