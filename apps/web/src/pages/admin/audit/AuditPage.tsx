import { useMutation, useQuery } from '@tanstack/react-query';
import { App as AntApp, Button, Space, Table } from 'antd';
import { useState } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { errorMessage } from '../../../errors';
import { trpc } from '../../../trpc';
import { downloadBase64 } from '../../monitor/exportWorkbook';
import { type AuditFilter, AuditFilters } from './AuditFilters';
import { auditTime } from './auditTime';

const fileTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

/** Sign-ins, refusals and administrators' changes in the administrator's scope: who, from where, when, what came of it. */
export function AuditPage() {
  const { message } = AntApp.useApp();
  const [filter, setFilter] = useState<AuditFilter>({ kinds: [], actor: '' });
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const input = { ...filter, actor: filter.actor || undefined };
  const audit = useQuery(trpc.audit.list.queryOptions({ ...input, ...page }));
  const exporting = useMutation(trpc.audit.export.mutationOptions());
  const download = async (format: 'xlsx' | 'csv') => {
    try {
      const file = await exporting.mutateAsync({ ...input, format });
      downloadBase64(file.fileName, file.base64, fileTypes[format]);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <section>
      <h1>Nhật ký kiểm tra</h1>
      <p>Đăng nhập, từ chối truy cập và thao tác quản trị của người dùng và đơn vị trong phạm vi quản trị của bạn.</p>
      <Space wrap style={{ marginBottom: 12 }}>
        <AuditFilters
          value={filter}
          onChange={(next) => {
            setFilter(next);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Button onClick={() => void download('xlsx')} loading={exporting.isPending}>
          Xuất Excel
        </Button>
        <Button onClick={() => void download('csv')} loading={exporting.isPending}>
          Xuất CSV
        </Button>
      </Space>
      <ErrorNotice error={audit.error} />
      <Table
        aria-label="Nhật ký kiểm tra"
        size="small"
        rowKey="id"
        loading={audit.isPending}
        dataSource={audit.data?.entries}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => `${total} sự kiện`,
          onChange: (current, pageSize) => setPage({ page: current, pageSize }),
        }}
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', render: (at: string) => auditTime(at) },
          {
            title: 'Người thực hiện',
            key: 'actor',
            render: (_, e) =>
              e.actorName ? (
                <>
                  {e.actorName} <span className="muted">({e.actorUsername})</span>
                </>
              ) : (
                (e.actorUsername ?? 'Lệnh quản trị máy chủ')
              ),
          },
          { title: 'Đơn vị', dataIndex: 'unitName', render: (name: string | null) => name ?? '—' },
          { title: 'Địa chỉ máy', dataIndex: 'address', render: (address: string | null) => address ?? '—' },
          { title: 'Thao tác', dataIndex: 'actionLabel' },
          { title: 'Đối tượng', dataIndex: 'target' },
          { title: 'Kết quả', dataIndex: 'outcome' },
          { title: 'Chi tiết', dataIndex: 'detail', render: (d: string) => <code className="audit-json">{d}</code> },
        ]}
      />
    </section>
  );
}
