import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScenario } from './readScenario';
import { simulate } from './simulate';
import type { RoundOutcome, SimulationResult } from './simulationResult';
import { useTimeSkippingEnv } from './testing/timeSkippingEnv';

const env = useTimeSkippingEnv();
const scenariosDir = fileURLToPath(new URL('../scenarios/', import.meta.url));
const run = (file: string) => simulate(readScenario(file, scenariosDir), { env: env() });

const atLevel = (result: SimulationResult, level: number) => result.rounds.filter((r) => r.level === level);
const dueDates = (rounds: RoundOutcome[]) => Object.fromEntries(rounds.map((r) => [r.round, r.dueOn]));
const unitsOf = (result: SimulationResult) => [...new Set(result.obligations.map((o) => o.unit))];

describe('scenarios of the seed plans', () => {
  it('Kon Tum 2024: monthly before the 15th and annual before 15/12', async () => {
    const result = await run('kon-tum-2024.json');
    const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(dueDates(atLevel(result, 1))).toEqual({
      ...Object.fromEntries(months.map((m) => [`M-${m}`, `2024-${m}-15`])),
      Y: '2024-12-15',
    });
    expect(dueDates(atLevel(result, 2))).toEqual({
      ...Object.fromEntries(months.map((m) => [`M-${m}`, `2024-${m}-10`])),
      Y: '2024-12-10',
    });
    // Every unit owes every round, even one due before its obligation began (the plan was issued on 26/01).
    expect(atLevel(result, 1).map((r) => r.expected)).toEqual(Array(13).fill(2));
    expect(atLevel(result, 2).map((r) => r.expected)).toEqual(Array(13).fill(1));
    const commune = result.obligations.filter((o) => o.unit === 'QUYET-THANG' && o.status !== 'onTime');
    // Its obligation began on 26/02, after January's and February's reports were due: it sends them at once, late.
    expect(commune).toEqual([
      {
        unit: 'QUYET-THANG',
        kind: 'report',
        round: 'M-01',
        dueOn: '2024-01-10',
        submittedOn: '2024-02-26',
        status: 'late',
      },
      {
        unit: 'QUYET-THANG',
        kind: 'report',
        round: 'M-02',
        dueOn: '2024-02-10',
        submittedOn: '2024-02-26',
        status: 'late',
      },
      { unit: 'QUYET-THANG', kind: 'report', round: 'M-07', dueOn: '2024-07-10', submittedOn: null, status: 'overdue' },
      {
        unit: 'QUYET-THANG',
        kind: 'report',
        round: 'M-10',
        dueOn: '2024-10-10',
        submittedOn: '2024-10-12',
        status: 'late',
      },
    ]);
    expect(result.rounds.find((r) => r.round === 'Y' && r.level === 1)!.indicators).toEqual({
      receptions: { value: 12, target: null },
      dialogues: { value: 3, target: 12 },
    });
  });

  it('Gia Lai 2024: 6-month before 10/5 and annual before 30/10, over departments, districts and communes', async () => {
    const result = await run('gia-lai-2024.json');
    expect(dueDates(atLevel(result, 1))).toEqual({ H1: '2024-05-10', Y: '2024-10-30' });
    expect(dueDates(atLevel(result, 2))).toEqual({ H1: '2024-05-05', Y: '2024-10-25' });
    // The Front is not a kind the plan cascades to; Chư Păh never issues, so Phú Hòa owes nothing.
    expect(unitsOf(result)).toEqual(['GL-SNV', 'GL-STTTT', 'PLEIKU', 'HOI-THUONG', 'BIEN-HO', 'CHU-PAH']);
    const y1 = result.rounds.find((r) => r.round === 'Y' && r.level === 1)!;
    expect(y1).toMatchObject({ expected: 4, submitted: 3, missing: 1, completeness: 0.75, timeliness: 0.75 });
    expect(y1.indicators.models).toEqual({ value: 5, target: 2 });
  });

  it('a 2026 province plan: quarterly before 10 March, June and September, annual before 15/11', async () => {
    const result = await run('gia-lai-2026.json');
    // 15/11/2026 is a Sunday and the template moves due dates to the previous working day.
    expect(dueDates(result.rounds)).toEqual({ Q1: '2026-03-10', Q2: '2026-06-10', Q3: '2026-09-10', Y: '2026-11-13' });
    expect(result.rounds.every((r) => r.level === 1 && r.expected === 4 && r.submitted === 4)).toBe(true);
    expect(result.rounds.find((r) => r.round === 'Q2')).toMatchObject({ onTime: 3, late: 1, timeliness: 0.75 });
  });

  it("a town's 2023 plan: 6-month before 05/5 and annual before 25/10, the town issuing below its province", async () => {
    const result = await run('kinh-mon-2023.json');
    expect(dueDates(result.rounds)).toEqual({ H1: '2023-05-05', Y: '2023-10-25' });
    expect(unitsOf(result)).toEqual(['KM-PNV', 'AN-LUU', 'HIEP-AN', 'LE-NINH']);
    expect(result.obligations.find((o) => o.unit === 'LE-NINH' && o.kind === 'subPlan')).toMatchObject({
      submittedOn: null,
      status: 'overdue',
    });
    expect(result.rounds.find((r) => r.round === 'H1')).toMatchObject({
      expected: 4,
      onTime: 3,
      late: 1,
      completeness: 1,
      timeliness: 0.75,
    });
  });
});
