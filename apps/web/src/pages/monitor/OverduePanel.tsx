import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatVnDay } from '../../dates';
import { errorMessage } from '../../errors';
import { trpc } from '../../trpc';
import type { OverdueItem } from './monitorTypes';

/** Who is late, by how long, whom to call; and đôn đốc to one unit or all of them. */
export function OverduePanel({ planId }: { planId: string }) {
  const { modal, message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const overdue = useQuery(trpc.monitor.overdue.queryOptions({ planId, column: null }));
  const [selected, setSelected] = useState<string[]>([]);
  const remind = useMutation(
    trpc.monitor.remind.mutationOptions({
      onSuccess: async (result) => {
        void message.success(
          `Đã gửi đôn đốc tới ${result.sent} đơn vị` +
            (result.skipped ? `; ${result.skipped} đơn vị đã được đôn đốc trong vòng một giờ qua.` : '.'),
        );
        setSelected([]);
        await queryClient.invalidateQueries(trpc.monitor.overdue.queryFilter());
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  const confirmRemind = (taskIds: string[]) =>
    modal.confirm({
      title: 'Gửi đôn đốc?',
      content: `Thông báo và thư điện tử sẽ được gửi tới lãnh đạo và chuyên viên của ${taskIds.length} đơn vị quá hạn.`,
      okText: 'Gửi đôn đốc',
      cancelText: 'Hủy',
      onOk: () => remind.mutateAsync({ planId, taskIds }),
    });
  const items = overdue.data ?? [];
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          danger
          disabled={items.length === 0}
          loading={remind.isPending}
          onClick={() => confirmRemind(selected.length ? selected : items.map((i) => i.taskId))}
        >
          {selected.length ? `Đôn đốc ${selected.length} đơn vị đã chọn` : 'Đôn đốc tất cả đơn vị quá hạn'}
        </Button>
      </Space>
      <Table<OverdueItem>
        rowKey="taskId"
        size="small"
        loading={overdue.isPending}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        locale={{ emptyText: 'Không có đơn vị nào quá hạn.' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'unitName' },
          { title: 'Nghĩa vụ', dataIndex: 'columnLabel' },
          { title: 'Hạn', dataIndex: 'dueAt', render: (d: string | null) => formatVnDay(d) },
          { title: 'Quá hạn', dataIndex: 'daysOverdue', align: 'right', render: (d: number) => `${d} ngày` },
          {
            title: 'Liên hệ',
            key: 'contacts',
            render: (_, item) =>
              item.contacts.map((c) => (
                <div key={`${c.name}${c.email ?? ''}`}>
                  {c.name}
                  {c.isLeader ? ' (lãnh đạo)' : ''}
                  {c.email ? ` — ${c.email}` : ''}
                </div>
              )),
          },
          {
            title: '',
            key: 'remind',
            render: (_, item) =>
              item.remindedWithinHour ? (
                <Tag>Đã đôn đốc</Tag>
              ) : (
                <Button size="small" onClick={() => confirmRemind([item.taskId])}>
                  Đôn đốc
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}
