import { useMutation } from '@tanstack/react-query';
import { ReasonForm } from '../components/ReasonForm';
import { useIdempotencyKey } from '../idempotency';
import { queryClient, trpc } from '../trpc';
import { useConfirm } from '../useConfirm';

export function ReturnDraftForm({
  taskId,
  draftVersion,
  onCancel,
}: {
  taskId: string;
  draftVersion: number;
  onCancel: () => void;
}) {
  const idempotency = useIdempotencyKey();
  const returnDraft = useMutation(
    trpc.plans.returnDraft.mutationOptions({
      onSuccess: () => {
        idempotency.succeeded();
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.tasks.get.queryKey({ taskId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.tasks.inbox.queryKey() }),
        ]);
      },
    }),
  );
  const confirm = useConfirm();
  const submit = (reason: string) => {
    const action = { taskId, draftVersion, reason };
    confirm(
      {
        title: `Trả lại dự thảo phiên bản ${draftVersion}?`,
        content: `Người soạn được báo để sửa và lưu phiên bản mới, với lý do: "${reason}". Các bước đã duyệt của phiên bản này không còn giá trị.`,
        okText: 'Trả lại',
        isDanger: true,
      },
      () => returnDraft.mutate({ ...action, idempotencyKey: idempotency.keyFor(action) }),
    );
  };
  return (
    <section className="card returning">
      <h2>Trả lại dự thảo (phiên bản {draftVersion})</h2>
      <ReasonForm
        title="Trả lại dự thảo"
        submitLabel="Trả lại dự thảo"
        isPending={returnDraft.isPending}
        error={returnDraft.error}
        onSubmit={submit}
        onCancel={onCancel}
      />
    </section>
  );
}
