import { useMutation } from '@tanstack/react-query';
import { Table } from 'antd';
import { queryClient, trpc } from '../../../trpc';
import { roleLabels } from '../units/unitLabels';
import { ImportReview } from './ImportReview';

interface UserChange {
  field: 'displayName' | 'unit' | 'scopeUnit' | 'roles' | 'email';
  before: string;
  after: string;
}
const changeLabels: Record<UserChange['field'], string> = {
  displayName: 'Họ tên',
  unit: 'Đơn vị',
  scopeUnit: 'Đơn vị theo dõi',
  roles: 'Vai trò',
  email: 'Thư điện tử',
};
const shown = (change: UserChange, value: string) =>
  (change.field === 'roles'
    ? value
        .split(', ')
        .map((r) => roleLabels[r] ?? r)
        .join(', ')
    : value) || '(trống)';

/** Users from CSV/XLSX: review first, then new ones are created (temporary passwords shown once) and existing ones updated, or none. */
export function UserImport() {
  const review = useMutation(trpc.users.import.mutationOptions());
  const apply = useMutation(
    trpc.users.import.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() }),
    }),
  );
  return (
    <ImportReview
      description="Tệp .csv hoặc .xlsx với các cột username, name, unit code, roles (email, scope unit code nếu có)."
      accept=".csv,.xlsx"
      pickLabel="Chọn tệp người dùng"
      review={review}
      apply={apply}
      reviewed={(outcome) => (
        <>
          <p>
            Thêm mới {outcome.added.length} người dùng; cập nhật {outcome.updated.length}; không đổi{' '}
            {outcome.unchanged.length}.
          </p>
          <Table
            size="small"
            pagination={false}
            rowKey="username"
            dataSource={outcome.added}
            columns={[
              { title: 'Dòng', dataIndex: 'line' },
              { title: 'Tên đăng nhập', dataIndex: 'username' },
              { title: 'Họ tên', dataIndex: 'displayName' },
              { title: 'Đơn vị', dataIndex: 'unitName' },
              {
                title: 'Vai trò',
                dataIndex: 'roles',
                render: (rs: string[]) => rs.map((r) => roleLabels[r] ?? r).join(', '),
              },
            ]}
          />
          {outcome.updated.length > 0 && (
            <Table
              aria-label="Người dùng được cập nhật"
              title={() => 'Cập nhật (phiên đăng nhập của người đổi đơn vị hoặc vai trò sẽ kết thúc):'}
              size="small"
              pagination={false}
              rowKey="username"
              dataSource={outcome.updated}
              columns={[
                { title: 'Dòng', dataIndex: 'line' },
                { title: 'Tên đăng nhập', dataIndex: 'username' },
                { title: 'Họ tên', dataIndex: 'displayName' },
                {
                  title: 'Thay đổi',
                  dataIndex: 'changes',
                  render: (changes: UserChange[]) => (
                    <ul className="changes">
                      {changes.map((c) => (
                        <li key={c.field}>
                          {changeLabels[c.field]}: {shown(c, c.before)} → {shown(c, c.after)}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )}
        </>
      )}
      applied={(outcome) => (
        <Table
          aria-label="Mật khẩu tạm thời"
          title={() =>
            'Đã áp dụng. Mật khẩu tạm thời của người dùng mới (chỉ hiện một lần; người dùng phải đổi ở lần đăng nhập đầu):'
          }
          size="small"
          pagination={false}
          rowKey="username"
          dataSource={outcome.passwords}
          columns={[
            { title: 'Tên đăng nhập', dataIndex: 'username' },
            { title: 'Mật khẩu tạm thời', dataIndex: 'temporaryPassword' },
          ]}
        />
      )}
    />
  );
}
