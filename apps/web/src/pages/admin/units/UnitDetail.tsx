import { formatVnDate, unitKindLabels } from '@cascade/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Table, Tag } from 'antd';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { trpc } from '../../../trpc';
import { UnitActions } from './UnitActions';
import { roleLabels, unitChangeLabels } from './unitLabels';

/** One unit: its data, its history by effective date, its users, and what the administrator may change. */
export function UnitDetail({ unitId }: { unitId: string }) {
  const detail = useQuery(trpc.units.get.queryOptions({ id: unitId }));
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <p className="loading">Đang tải…</p>;
  const { unit, versions, users } = detail.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small" title={<h2 style={{ margin: 0 }}>{unit.name}</h2>}>
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'kind', label: 'Loại', children: unitKindLabels[unit.kind] },
            { key: 'code', label: 'Mã', children: unit.code ?? '—' },
            { key: 'abbr', label: 'Viết tắt', children: unit.abbreviation },
            {
              key: 'from',
              label: 'Hiệu lực',
              children: `${formatVnDate(unit.effectiveFrom)}${unit.effectiveTo ? ` – ${formatVnDate(unit.effectiveTo)}` : ''}`,
            },
            { key: 'address', label: 'Địa chỉ', children: unit.address ?? '—' },
            { key: 'phone', label: 'Điện thoại', children: unit.phone ?? '—' },
            { key: 'email', label: 'Thư điện tử', children: unit.email ?? '—' },
            {
              key: 'state',
              label: 'Trạng thái',
              children: unit.effectiveTo ? (
                <Tag color="red">Thôi hoạt động</Tag>
              ) : (
                <Tag color="green">Đang hoạt động</Tag>
              ),
            },
          ]}
        />
        <UnitActions unit={unit} />
      </Card>
      <Card size="small" title="Lịch sử">
        <Table
          size="small"
          pagination={false}
          rowKey={(v) => `${v.effectiveOn}-${v.change}-${String(v.recordedAt)}`}
          dataSource={versions}
          locale={{ emptyText: 'Chưa có thay đổi nào.' }}
          columns={[
            { title: 'Từ ngày', dataIndex: 'effectiveOn', render: (d: string) => formatVnDate(d) },
            { title: 'Thay đổi', dataIndex: 'change', render: (c: string) => unitChangeLabels[c] ?? c },
            { title: 'Tên', dataIndex: 'name' },
          ]}
        />
      </Card>
      <Card size="small" title={`Người dùng (${users.length})`}>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={users}
          locale={{ emptyText: 'Đơn vị chưa có người dùng.' }}
          columns={[
            { title: 'Tên đăng nhập', dataIndex: 'username' },
            { title: 'Họ tên', dataIndex: 'displayName' },
            {
              title: 'Vai trò',
              dataIndex: 'roles',
              render: (roles: string[]) => roles.map((r) => roleLabels[r] ?? r).join(', '),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
