import { type ApprovalStep, approverRoleLabels, type DraftApproval } from '@cascade/domain';
import { useMutation } from '@tanstack/react-query';
import { ErrorNotice } from '../components/ErrorNotice';
import { useIdempotencyKey } from '../idempotency';
import { queryClient, trpc } from '../trpc';
import { useConfirm } from '../useConfirm';

interface ApprovalStepCardProps {
  taskId: string;
  draftVersion: number;
  steps: ApprovalStep[];
  approvals: DraftApproval[];
  pending: ApprovalStep | null;
  canAct: boolean;
  onReturnDraft: (() => void) | undefined;
}

/** Where the draft stands in the template's approval steps, and the pending step's approve / return buttons. */
export function ApprovalStepCard({
  taskId,
  draftVersion,
  steps,
  approvals,
  pending,
  canAct,
  onReturnDraft,
}: ApprovalStepCardProps) {
  const idempotency = useIdempotencyKey();
  const approve = useMutation(
    trpc.plans.approve.mutationOptions({
      onSuccess: () => {
        idempotency.succeeded();
        return queryClient.invalidateQueries({ queryKey: trpc.tasks.get.queryKey({ taskId }) });
      },
    }),
  );
  const confirm = useConfirm();
  const approveStep = (step: ApprovalStep) => {
    const action = { taskId, draftVersion, stepKey: step.key };
    const isLast = steps.at(-1)?.key === step.key;
    confirm(
      {
        title: `Duyệt dự thảo phiên bản ${draftVersion}?`,
        content: `Bước "${step.label}" được ghi là đã duyệt, kèm tên bạn và thời điểm; ${isLast ? 'dự thảo chuyển sang lãnh đạo ban hành' : 'dự thảo chuyển sang bước duyệt tiếp theo'}. Muốn sửa tiếp, dự thảo phải được trả lại.`,
        okText: 'Duyệt',
      },
      () => approve.mutate({ ...action, idempotencyKey: idempotency.keyFor(action) }),
    );
  };

  return (
    <section className="card" aria-label="Các bước duyệt dự thảo">
      <div className="card-title">
        <h2>Duyệt dự thảo</h2>
        <span className="muted">Phiên bản {draftVersion}</span>
      </div>
      <ol className="approval-steps">
        {steps.map((step) => (
          <li key={step.key}>
            {step.label}:{' '}
            {approvals.some((a) => a.stepKey === step.key) ? (
              <strong>Đã duyệt</strong>
            ) : step.key === pending?.key ? (
              `Đang chờ ${approverRoleLabels[step.role]} duyệt`
            ) : (
              'Chưa đến bước'
            )}
          </li>
        ))}
      </ol>
      <p className="muted">
        {pending
          ? 'Kế hoạch được ban hành sau khi dự thảo qua đủ các bước duyệt.'
          : `Đã qua đủ các bước duyệt; ${canAct ? 'có thể ban hành.' : 'chờ lãnh đạo ban hành.'}`}
      </p>
      <ErrorNotice error={approve.error} />
      {pending && canAct && (
        <div className="actions">
          <button type="button" disabled={approve.isPending} onClick={() => approveStep(pending)}>
            {approve.isPending ? 'Đang duyệt…' : `Duyệt: ${pending.label}`}
          </button>
          {onReturnDraft && (
            <button type="button" className="button-secondary" onClick={onReturnDraft}>
              Trả lại dự thảo
            </button>
          )}
        </div>
      )}
    </section>
  );
}
