import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { deviceLabel } from '../deviceLabel';
import { errorMessage } from '../errors';
import { queryClient, trpc } from '../trpc';

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const shownTime = (value: Date | string) => timeFormat.format(new Date(value));

/** "Phiên đăng nhập": where the user is signed in; end one (a lost phone, a shared computer) or all but this one. */
export function SessionsPage() {
  const sessions = useQuery(trpc.auth.sessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
  const endOne = useMutation(trpc.auth.endSession.mutationOptions({ onSuccess: refresh }));
  const endOthers = useMutation(trpc.auth.endOtherSessions.mutationOptions({ onSuccess: refresh }));
  const error = sessions.error ?? endOne.error ?? endOthers.error;
  const others = sessions.data?.filter((s) => !s.isCurrent).length ?? 0;
  return (
    <section>
      <h1>Phiên đăng nhập</h1>
      <p className="muted">
        Các nơi tài khoản của bạn đang đăng nhập. Phiên hết hạn sau 30 phút không dùng hoặc 12 giờ kể từ khi đăng nhập.
        Nếu thấy một phiên lạ, hãy kết thúc nó rồi đổi mật khẩu.
      </p>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 16 }}>
        <Popconfirm
          title="Kết thúc mọi phiên khác?"
          description="Các thiết bị khác sẽ phải đăng nhập lại."
          okText="Kết thúc"
          cancelText="Không"
          onConfirm={() => endOthers.mutate()}
          disabled={others === 0}
        >
          <Button danger disabled={others === 0} loading={endOthers.isPending}>
            Kết thúc các phiên khác ({others})
          </Button>
        </Popconfirm>
      </Space>
      <Table
        aria-label="Phiên đăng nhập"
        size="small"
        rowKey="key"
        loading={sessions.isPending}
        pagination={false}
        dataSource={sessions.data ?? []}
        locale={{ emptyText: 'Không có phiên nào.' }}
        columns={[
          {
            title: 'Thiết bị',
            dataIndex: 'userAgent',
            render: (userAgent: string, s) => (
              <Space>
                <span title={userAgent}>{deviceLabel(userAgent)}</span>
                {s.isCurrent && <Tag color="green">Phiên này</Tag>}
              </Space>
            ),
          },
          { title: 'Địa chỉ IP', dataIndex: 'address' },
          { title: 'Đăng nhập lúc', dataIndex: 'createdAt', render: shownTime },
          { title: 'Dùng lần cuối', dataIndex: 'lastSeenAt', render: shownTime },
          {
            title: '',
            key: 'end',
            render: (_, s) =>
              s.isCurrent ? null : (
                <Button size="small" onClick={() => endOne.mutate({ key: s.key })} loading={endOne.isPending}>
                  Kết thúc
                </Button>
              ),
          },
        ]}
      />
    </section>
  );
}
