import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReasonForm } from '../../components/ReasonForm';
import { useIdempotencyKey } from '../../idempotency';
import { queryClient, trpc } from '../../trpc';
import { useConfirm } from '../../useConfirm';

/** The unit leader signs the officer's report off (it is then sent) or returns it with a reason. */
export function SignOffDecision({ taskId, roundLabel }: { taskId: string; roundLabel: string }) {
  const [isReturning, setReturning] = useState(false);
  const signKey = useIdempotencyKey();
  const returnKey = useIdempotencyKey();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.tasks.get.queryKey({ taskId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.tasks.workQueue.queryKey() }),
    ]);
  const signOff = useMutation(
    trpc.signOffs.signOff.mutationOptions({
      onSuccess: () => {
        signKey.succeeded();
        return refresh();
      },
    }),
  );
  const returnReport = useMutation(
    trpc.signOffs.return.mutationOptions({
      onSuccess: () => {
        returnKey.succeeded();
        setReturning(false);
        return refresh();
      },
    }),
  );
  const confirm = useConfirm();
  const what = roundLabel.toLocaleLowerCase('vi');

  const sign = () => {
    const action = { taskId };
    confirm(
      {
        title: `Ký duyệt và gửi ${what}?`,
        content:
          'Báo cáo được gửi ngay tới đơn vị nhận, ghi nhận bạn là người ký duyệt. Sau khi gửi không sửa được, trừ khi đơn vị nhận trả lại.',
        okText: 'Ký duyệt và gửi',
      },
      () => signOff.mutate({ ...action, idempotencyKey: signKey.keyFor(action) }),
    );
  };
  const sendBack = (reason: string) => {
    const action = { taskId, reason };
    confirm(
      {
        title: `Trả lại ${what} cho chuyên viên?`,
        content: `Báo cáo không được gửi; chuyên viên được báo, chỉnh sửa và trình lại, với lý do: "${reason}".`,
        okText: 'Trả lại báo cáo',
        isDanger: true,
      },
      () => returnReport.mutate({ ...action, idempotencyKey: returnKey.keyFor(action) }),
    );
  };

  if (isReturning)
    return (
      <ReasonForm
        title="Trả lại báo cáo cho chuyên viên"
        submitLabel="Xác nhận trả lại"
        isPending={returnReport.isPending}
        error={returnReport.error}
        onSubmit={sendBack}
        onCancel={() => setReturning(false)}
      />
    );
  return (
    <>
      <ErrorNotice error={signOff.error} />
      <div className="actions">
        <button type="button" onClick={sign} disabled={signOff.isPending}>
          {signOff.isPending ? 'Đang gửi…' : 'Ký duyệt và gửi'}
        </button>
        <button type="button" className="button-secondary" onClick={() => setReturning(true)}>
          Trả lại
        </button>
      </div>
    </>
  );
}
