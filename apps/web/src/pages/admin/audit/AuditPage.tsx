import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { trpc } from '../../../trpc';

const actionLabels: Record<string, string> = {
  'admin.unit.create': 'Thêm đơn vị',
  'admin.unit.update': 'Sửa đơn vị',
  'admin.unit.close': 'Cho đơn vị thôi hoạt động',
  'admin.unit.reopen': 'Cho đơn vị hoạt động lại',
  'admin.unit.merge': 'Sáp nhập đơn vị',
  'admin.units.import': 'Nhập danh mục đơn vị',
  'admin.user.create': 'Thêm người dùng',
  'admin.user.update': 'Sửa người dùng',
  'admin.user.disable': 'Khóa người dùng',
  'admin.user.enable': 'Mở khóa người dùng',
  'admin.user.resetPassword': 'Đặt lại mật khẩu',
  'admin.user.changePassword': 'Tự đổi mật khẩu',
  'admin.calendar.set': 'Đặt ngày nghỉ/làm bù',
  'admin.calendar.remove': 'Xóa ngày nghỉ/làm bù',
};

const compact = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

/** Every administrator change in the subtree: who, what, before and after, when. */
export function AuditPage() {
  const audit = useQuery(trpc.units.audit.queryOptions());
  return (
    <section>
      <h1>Nhật ký thay đổi</h1>
      <ErrorNotice error={audit.error} />
      <Table
        aria-label="Nhật ký thay đổi"
        size="small"
        rowKey="id"
        loading={audit.isPending}
        dataSource={audit.data}
        pagination={{ pageSize: 50 }}
        columns={[
          {
            title: 'Thời điểm',
            dataIndex: 'at',
            render: (at: string) => new Date(at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }),
          },
          {
            title: 'Người thực hiện',
            dataIndex: 'actorUserId',
            render: (id: string | null) => id ?? 'Lệnh quản trị máy chủ',
          },
          { title: 'Thao tác', dataIndex: 'action', render: (a: string) => actionLabels[a] ?? a },
          { title: 'Đối tượng', dataIndex: 'subjectId' },
          {
            title: 'Trước',
            key: 'before',
            render: (_, e) => <code className="audit-json">{compact(e.data.before)}</code>,
          },
          { title: 'Sau', key: 'after', render: (_, e) => <code className="audit-json">{compact(e.data.after)}</code> },
        ]}
      />
    </section>
  );
}
