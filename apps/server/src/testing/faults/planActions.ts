import { addDays, vnDateOf } from '@cascade/domain';
import { type Session, untilAcknowledged } from './retryingClient';

const draftOf = (title: string, purpose: string) => ({
  title,
  directives: [],
  purpose,
  tasks: 'Người đứng đầu cơ quan hành chính nhà nước nêu cao tinh thần trách nhiệm.',
  organization: 'Sở Nội vụ là cơ quan đầu mối theo dõi, tổng hợp.',
});

/**
 * A province plan's whole path over HTTP, each step retried with its own key until acknowledged: created, drafted,
 * returned by the leader (a notification to the officer), drafted again, issued (the cascade: one sub-plan workflow
 * per subordinate unit).
 */
export async function issueProvincePlan(
  officer: Session,
  leader: Session,
  plan: { number: number; key: string; year: number; templateId: string },
) {
  const { number, key, year, templateId } = plan;
  const title = `Kế hoạch số ${number} năm ${year} (kiểm thử sự cố)`;
  const { result: created } = await untilAcknowledged(() =>
    officer.plans.create.mutate({ templateId, title, year, idempotencyKey: `${key}:create` }),
  );
  const { taskId } = created;
  const save = (baseVersion: number, purpose: string) =>
    untilAcknowledged(() =>
      officer.plans.saveDraft.mutate({
        taskId,
        idempotencyKey: `${key}:draft:${baseVersion}`,
        baseVersion,
        draft: draftOf(title, purpose),
      }),
    );
  await save(0, 'Mục đích (dự thảo 1).');
  await untilAcknowledged(() =>
    leader.plans.returnDraft.mutate({
      taskId,
      idempotencyKey: `${key}:return`,
      draftVersion: 1,
      reason: 'Bổ sung mục đích, yêu cầu.',
    }),
  );
  await save(1, 'Tiếp tục đổi mới nội dung, phương thức thực hiện công tác dân vận.');
  const { at } = await untilAcknowledged(() =>
    leader.plans.issue.mutate({
      taskId,
      idempotencyKey: `${key}:issue`,
      draftVersion: 2,
      issue: {
        documentNumber: `${number}/KH-UBND`,
        issuedOn: vnDateOf(new Date()),
        signerName: 'Nguyễn Văn A',
        signerTitle: 'Phó Chủ tịch',
        signingCapacity: 'KT.',
        recipients: ['Các sở, ban, ngành', 'UBND các xã, phường'],
        subPlanDueOn: addDays(vnDateOf(new Date()), 30),
      },
    }),
  );
  return { planId: created.planId, issuedAt: at };
}
