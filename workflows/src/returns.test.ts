import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessReportUpdate, returnDraftUpdate, returnReportUpdate, saveDraftUpdate } from './messages';
import { createHarness, type Harness } from './testing/harness';
import type { PlanSchedule } from './types';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness?.teardown());

const schedule: PlanSchedule = {
  rounds: [
    {
      key: 'H1',
      label: 'Sơ kết 6 tháng',
      period: 'half',
      review: 'midYear',
      cutoff: { from: '2026-12-15', to: '2027-06-14' },
      dueOnByLevel: ['2027-06-10'],
    },
  ],
  remindDaysBefore: [2],
  indicators: [{ key: 'models', label: 'Mô hình Dân vận khéo', aggregate: 'sum', target: 2 }],
};
const content = { directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức thực hiện' };

describe('returns and scoring', () => {
  it('a returned draft is saved again and issued; a returned sơ kết report is sent again and scored', async () => {
    const tree = { id: 'r', kind: 'province', children: [{ id: 'c', kind: 'commune' }] };
    const year = await harness.startYear(tree, schedule, '2027-01-04');
    const worker = await year.newWorker();
    await worker.runUntil(async () => {
      await year.start();
      await year.advanceTo('2027-01-04');
      await year.issue('plan-kh-r', '2027-01-31');
      await year.advanceTo('2027-01-12');
      const commune = year.handle('plan-kh-r.c');
      await commune.executeUpdate(saveDraftUpdate, {
        args: [{ actorId: 'officer', baseVersion: 0, title: 'Kế hoạch xã', content }],
      });
      await commune.executeUpdate(returnDraftUpdate, {
        args: [{ actorId: 'leader', draftVersion: 1, reason: 'Bổ sung nhiệm vụ' }],
      });
      expect((await year.progress('plan-kh-r.c')).phase).toBe('returned');
      await year.issue('plan-kh-r.c', null);
      expect((await year.progress('plan-kh-r.c')).draftVersion).toBe(2);

      await year.advanceTo('2027-06-01');
      await year.submit('plan-kh-r.c', 'H1', { models: 1 });
      await commune.executeUpdate(returnReportUpdate, {
        args: [{ actorId: 'province', roundKey: 'H1', reason: 'Thiếu số liệu' }],
      });
      await year.advanceTo('2027-06-03');
      expect((await year.submit('plan-kh-r.c', 'H1', { models: 2 })).status).toBe('onTime');
      const { grade } = await commune.executeUpdate(assessReportUpdate, {
        args: [{ actorId: 'province', roundKey: 'H1', reviewerScore: 92 }],
      });
      expect(grade).toBeTruthy();
      expect((await year.progress('plan-kh-r.c')).rounds[0]).toMatchObject({
        values: { models: 2 },
        assessment: { reviewerScore: 92, grade },
      });
    });
    await year.recordHistories('draft-and-report-returns');
    expect(year.memory.record.returns.map((r) => `${r.planId} ${r.roundKey ?? 'draft'} ${r.reason}`)).toEqual([
      'kh-r.c draft Bổ sung nhiệm vụ',
      'kh-r.c H1 Thiếu số liệu',
    ]);
  });

  it('a report the database refuses for good is refused with the reason, and nothing of it stays in the workflow', async () => {
    const tree = { id: 'f', kind: 'province', children: [{ id: 'c', kind: 'commune' }] };
    const year = await harness.startYear(tree, schedule, '2027-01-04');
    const recordReport = year.memory.activities.recordReport;
    let refusals = 1;
    year.memory.activities.recordReport = async (input) => {
      if (refusals-- > 0) throw ApplicationFailure.nonRetryable('Dữ liệu không hợp lệ (mã 23505).', 'InvalidData');
      return recordReport(input);
    };
    const worker = await year.newWorker();
    await worker.runUntil(async () => {
      await year.start();
      await year.advanceTo('2027-01-04');
      await year.issue('plan-kh-f', '2027-01-31');
      await year.advanceTo('2027-06-01');
      const refused = await year.submit('plan-kh-f.c', 'H1', { models: 1 }).then(
        () => null,
        (error: Error) => (error.cause as Error | undefined)?.message,
      );
      expect(refused).toBe('Dữ liệu không hợp lệ (mã 23505).');
      expect((await year.progress('plan-kh-f.c')).rounds[0]).toMatchObject({ submittedAt: null, values: null });
      expect((await year.submit('plan-kh-f.c', 'H1', { models: 1 })).status).toBe('onTime');
    });
    expect(year.memory.record.reports).toHaveLength(1);
  });
});
