import { useMutation } from '@tanstack/react-query';
import { ReasonForm } from '../../components/ReasonForm';
import { useIdempotencyKey } from '../../idempotency';
import { queryClient, trpc } from '../../trpc';
import { useConfirm } from '../../useConfirm';

/** The receiving unit sends a subordinate's report back; the subordinate is notified and must submit again. */
export function ReportReturnForm({
  taskId,
  unitName,
  onDone,
}: {
  taskId: string;
  unitName: string;
  onDone: () => void;
}) {
  const idempotency = useIdempotencyKey();
  const returnReport = useMutation(
    trpc.reports.return.mutationOptions({
      onSuccess: async () => {
        idempotency.succeeded();
        await queryClient.invalidateQueries({ queryKey: trpc.reports.consolidation.queryKey() });
        onDone();
      },
    }),
  );
  const confirm = useConfirm();
  const submit = (reason: string) => {
    const action = { taskId, reason };
    confirm(
      {
        title: `Trả lại báo cáo của ${unitName}?`,
        content: `${unitName} được báo và phải gửi lại báo cáo, với lý do: "${reason}". Số liệu của đơn vị không còn được tính vào tổng hợp cho đến khi gửi lại.`,
        okText: 'Trả lại báo cáo',
        isDanger: true,
      },
      () => returnReport.mutate({ ...action, idempotencyKey: idempotency.keyFor(action) }),
    );
  };
  return (
    <ReasonForm
      title={`Trả lại báo cáo của ${unitName}`}
      submitLabel="Xác nhận trả lại"
      isPending={returnReport.isPending}
      error={returnReport.error}
      onSubmit={submit}
      onCancel={onDone}
    />
  );
}
