import { useMutation, useQuery } from '@tanstack/react-query';
import { Card, Radio } from 'antd';
import { ErrorNotice } from '../components/ErrorNotice';
import { queryClient, trpc } from '../trpc';

const choices = [
  { value: 'each', label: 'Gửi thư cho từng thông báo' },
  { value: 'digest', label: 'Gửi một thư tổng hợp mỗi ngày' },
  { value: 'none', label: 'Không gửi thư (chỉ xem trong ứng dụng)' },
] as const;

/** The user's own choice of e-mail for notifications. */
export function EmailChoice() {
  const current = useQuery(trpc.notifications.emailChoice.queryOptions());
  const save = useMutation(
    trpc.notifications.setEmailChoice.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.emailChoice.queryKey() }),
    }),
  );
  return (
    <Card size="small" title="Nhận thông báo qua thư điện tử" className="email-choice">
      <ErrorNotice error={current.error ?? save.error} />
      {current.data && !current.data.hasEmail && (
        <p className="muted">Tài khoản chưa có địa chỉ thư điện tử; hãy đề nghị quản trị bổ sung.</p>
      )}
      <Radio.Group
        aria-label="Nhận thông báo qua thư điện tử"
        value={current.data?.choice}
        disabled={save.isPending || !current.data}
        onChange={(e) => save.mutate({ choice: e.target.value as (typeof choices)[number]['value'] })}
        options={choices.map((c) => ({ value: c.value, label: c.label }))}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      />
    </Card>
  );
}
