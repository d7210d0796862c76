import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Space, Statistic, Table, Typography } from 'antd';
import { ErrorNotice } from '../../components/ErrorNotice';
import { queryClient, trpc } from '../../trpc';

const formatInstant = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Vận hành: e-mail the outbox gave up on (dead letters) and workflow steps that failed for good. */
export function OperationsPage() {
  const operations = useQuery(trpc.admin.operations.queryOptions());
  const retry = useMutation(
    trpc.admin.retryMail.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.operations.queryKey() }),
    }),
  );
  const data = operations.data;

  return (
    <section>
      <Typography.Title level={1}>Vận hành</Typography.Title>
      <ErrorNotice error={operations.error ?? retry.error} />
      {operations.isPending && <p className="loading">Đang tải…</p>}
      {data && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Space size="large">
            <Statistic title="Thư đang chờ gửi" value={data.pendingMail} />
            <Statistic title="Thư không gửi được" value={data.deadMail.length} />
            <Statistic title="Bước xử lý lỗi" value={data.failedSteps.length} />
          </Space>

          <Typography.Title level={2}>Thư không gửi được</Typography.Title>
          <Typography.Paragraph type="secondary">
            Máy chủ thư đã từ chối hoặc không nhận sau nhiều lần thử. Thông báo vẫn có trong hộp thư của người dùng; sau
            khi sửa địa chỉ hoặc máy chủ thư, bấm “Gửi lại”.
          </Typography.Paragraph>
          <Table
            aria-label="Thư không gửi được"
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.deadMail}
            locale={{ emptyText: 'Không có thư nào bị từ chối.' }}
            columns={[
              { title: 'Người nhận', dataIndex: 'to' },
              { title: 'Tiêu đề', dataIndex: 'subject' },
              { title: 'Số lần thử', dataIndex: 'attempts' },
              { title: 'Lỗi', dataIndex: 'error' },
              { title: 'Dừng lúc', dataIndex: 'deadAt', render: formatInstant },
              {
                title: '',
                key: 'retry',
                render: (_, mail) => (
                  <Button size="small" loading={retry.isPending} onClick={() => retry.mutate({ ids: [mail.id] })}>
                    Gửi lại
                  </Button>
                ),
              },
            ]}
          />

          <Typography.Title level={2}>Bước xử lý lỗi</Typography.Title>
          <Typography.Paragraph type="secondary">
            Các bước không thể hoàn thành dù thử lại (thiếu kế hoạch, dữ liệu không hợp lệ). Quy trình vẫn tiếp tục; hãy
            kiểm tra dữ liệu của kế hoạch.
          </Typography.Paragraph>
          <Table
            aria-label="Bước xử lý lỗi"
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.failedSteps}
            locale={{ emptyText: 'Không có bước nào lỗi.' }}
            columns={[
              { title: 'Lúc', dataIndex: 'at', render: formatInstant },
              { title: 'Kế hoạch', dataIndex: 'planId' },
              { title: 'Bước', dataIndex: 'activity' },
              { title: 'Lý do', dataIndex: 'message' },
            ]}
          />
        </Space>
      )}
    </section>
  );
}
