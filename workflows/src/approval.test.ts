import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveDraftUpdate, issuePlanUpdate, saveDraftUpdate } from './messages';
import { createHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness?.teardown());

const content = { directives: [], purpose: 'Mục đích', tasks: 'Nhiệm vụ', organization: 'Tổ chức thực hiện' };
/** The workflow's reason for refusing an update. */
const refusal = (update: Promise<unknown>) =>
  update.then(
    () => null,
    (error: Error) => (error.cause as Error | undefined)?.message,
  );
const issue = {
  documentNumber: '44/KH-UBND',
  issuedOn: '2027-01-10',
  signerName: 'A',
  signerTitle: 'Chủ tịch',
  signingCapacity: 'TM.' as const,
  recipients: [],
  subPlanDueOn: null,
};

describe('approval steps set by the template', () => {
  it('a draft passes each step in order before it is issued; a new version needs approving again', async () => {
    const steps = [
      { key: 'review', label: 'Trưởng phòng thẩm định', role: 'head' as const },
      { key: 'deputy', label: 'Phó Chủ tịch cho ý kiến', role: 'leader' as const },
    ];
    const year = await harness.startYear(
      { id: 'p', kind: 'province' },
      { rounds: [], remindDaysBefore: [], indicators: [] },
      '2027-01-04',
      steps,
    );
    const worker = await year.newWorker();
    await worker.runUntil(async () => {
      const plan = await year.start();
      const save = (baseVersion: number) =>
        plan.executeUpdate(saveDraftUpdate, {
          args: [{ actorId: 'officer', baseVersion, title: 'Kế hoạch', content }],
        });
      const approve = (draftVersion: number, stepKey: string) =>
        plan.executeUpdate(approveDraftUpdate, { args: [{ actorId: stepKey, draftVersion, stepKey }] });
      const issueIt = (draftVersion: number) =>
        plan.executeUpdate(issuePlanUpdate, { args: [{ actorId: 'leader', draftVersion, issue }] });

      await save(0);
      expect(await refusal(issueIt(1))).toBe('Dự thảo chưa qua bước: Trưởng phòng thẩm định.');
      expect(await refusal(approve(1, 'deputy'))).toBe('Dự thảo đang chờ bước: Trưởng phòng thẩm định.');
      await approve(1, 'review');
      expect(await refusal(issueIt(1))).toBe('Dự thảo chưa qua bước: Phó Chủ tịch cho ý kiến.');

      await save(1);
      expect((await year.progress(plan.workflowId)).approvals).toEqual([]);
      await approve(2, 'review');
      await approve(2, 'deputy');
      expect(await refusal(approve(2, 'deputy'))).toBe('Dự thảo đã qua mọi bước duyệt.');
      expect((await year.progress(plan.workflowId)).approvals.map((a) => a.stepKey)).toEqual(['review', 'deputy']);
      await issueIt(2);
      expect((await year.progress(plan.workflowId)).phase).toBe('issued');
    });
    await year.recordHistories('approvals');
  });
});
