import { describe, expect, it } from 'vitest';
import { isActorAmong, nextStepOf, type TaskProgress } from './nextStep';

const steps = [{ key: 'tp', label: 'Trưởng phòng thẩm định', role: 'head' as const }];
const plan = (draft: TaskProgress['draft'], more: Partial<TaskProgress> = {}): TaskProgress => ({
  kind: 'plan',
  state: 'open',
  returnedReason: null,
  isConsolidation: false,
  draft,
  ...more,
});

describe('nextStepOf', () => {
  it('walks a plan from drafting through its approval steps to issuing', () => {
    expect(nextStepOf(plan({ version: 0, approvals: [], steps }))).toEqual({
      actor: 'officer',
      words: 'Chuyên viên soạn dự thảo kế hoạch',
    });
    expect(nextStepOf(plan({ version: 1, approvals: [], steps }))).toEqual({
      actor: 'head',
      words: 'Trưởng phòng duyệt dự thảo (Trưởng phòng thẩm định)',
    });
    const approved = [{ stepKey: 'tp', actorId: 'u', at: '2027-01-02T00:00:00Z' }];
    expect(nextStepOf(plan({ version: 1, approvals: approved, steps })).actor).toBe('leader');
    expect(nextStepOf(plan({ version: 2, approvals: [], steps }, { returnedReason: 'Bổ sung' })).actor).toBe('officer');
    expect(nextStepOf(plan({ version: 2, approvals: [], steps }, { state: 'done' }))).toEqual({
      actor: null,
      words: 'Đã ban hành kế hoạch',
    });
  });

  it('names a report’s step: to fill, to consolidate, to revise; nothing once sent or closed', () => {
    const report: TaskProgress = { kind: 'report', state: 'open', returnedReason: null, isConsolidation: false };
    expect(nextStepOf(report).words).toBe('Chuyên viên lập và gửi báo cáo');
    expect(nextStepOf({ ...report, isConsolidation: true }).words).toContain('tổng hợp');
    expect(nextStepOf({ ...report, state: 'done', returnedReason: 'Thiếu số liệu' }).words).toContain('gửi lại');
    expect(nextStepOf({ ...report, state: 'done' }).actor).toBeNull();
    expect(nextStepOf({ ...report, state: 'closed' }).words).toBe('Năm kế hoạch đã kết thúc');
  });

  it('gives a report awaiting sign-off to the leader, and a report the leader returned back to the officer', () => {
    const report: TaskProgress = { kind: 'report', state: 'open', returnedReason: null, isConsolidation: false };
    expect(nextStepOf({ ...report, signOff: 'pending' })).toEqual({
      actor: 'leader',
      words: 'Lãnh đạo ký duyệt báo cáo trước khi gửi',
    });
    expect(nextStepOf({ ...report, signOff: 'returned' }).actor).toBe('officer');
    expect(nextStepOf({ ...report, state: 'done', signOff: 'signed' }).actor).toBeNull();
    expect(nextStepOf({ ...report, state: 'done', returnedReason: 'Thiếu', signOff: 'signed' }).words).toContain(
      'gửi lại',
    );
  });

  it('gives a step to the user holding its role only', () => {
    expect(isActorAmong('head', ['officer'])).toBe(false);
    expect(isActorAmong('leader', ['leader', 'officer'])).toBe(true);
    expect(isActorAmong(null, ['leader'])).toBe(false);
  });
});
