import { useMutation } from '@tanstack/react-query';
import { Alert, Button, List, Space, Table } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../errors';
import { queryClient, trpc } from '../../../trpc';
import { roleLabels } from '../units/unitLabels';
import { FilePicker, type PickedFile } from './FilePicker';

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
  const [file, setFile] = useState<PickedFile | null>(null);
  const review = useMutation(trpc.users.import.mutationOptions());
  const apply = useMutation(
    trpc.users.import.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() }),
    }),
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <p className="muted">
        Tệp .csv hoặc .xlsx với các cột username, name, unit code, roles (email, scope unit code nếu có).
      </p>
      <Space>
        <FilePicker
          accept=".csv,.xlsx"
          label="Chọn tệp người dùng"
          onPick={(picked) => (setFile(picked), review.reset(), apply.reset())}
        />
        {file && <span>{file.fileName}</span>}
        <Button
          type="primary"
          disabled={!file}
          loading={review.isPending}
          onClick={() => file && review.mutate({ ...file, dryRun: true })}
        >
          Chạy thử
        </Button>
      </Space>
      {review.error && <Alert type="error" showIcon title={errorMessage(review.error)} />}
      {review.data && (
        <>
          <p>
            Thêm mới {review.data.added.length} người dùng; cập nhật {review.data.updated.length}; không đổi{' '}
            {review.data.unchanged.length}.
          </p>
          <Table
            size="small"
            pagination={false}
            rowKey="username"
            dataSource={review.data.added}
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
          {review.data.updated.length > 0 && (
            <Table
              aria-label="Người dùng được cập nhật"
              title={() => 'Cập nhật (phiên đăng nhập của người đổi đơn vị hoặc vai trò sẽ kết thúc):'}
              size="small"
              pagination={false}
              rowKey="username"
              dataSource={review.data.updated}
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
          {review.data.errors.length > 0 ? (
            <Alert
              type="error"
              showIcon
              title={`Có ${review.data.errors.length} dòng lỗi: sửa tệp rồi chạy thử lại. Chưa thay đổi gì.`}
              description={
                <List
                  size="small"
                  dataSource={review.data.errors}
                  renderItem={(e) => (
                    <List.Item>
                      Dòng {e.line}: {e.message}
                    </List.Item>
                  )}
                />
              }
            />
          ) : (
            <Button
              type="primary"
              loading={apply.isPending}
              disabled={apply.isSuccess}
              onClick={() => file && apply.mutate({ ...file, dryRun: false })}
            >
              Áp dụng
            </Button>
          )}
        </>
      )}
      {apply.error && <Alert type="error" showIcon title={errorMessage(apply.error)} />}
      {apply.data?.applied && (
        <Table
          aria-label="Mật khẩu tạm thời"
          title={() =>
            'Đã áp dụng. Mật khẩu tạm thời của người dùng mới (chỉ hiện một lần; người dùng phải đổi ở lần đăng nhập đầu):'
          }
          size="small"
          pagination={false}
          rowKey="username"
          dataSource={apply.data.passwords}
          columns={[
            { title: 'Tên đăng nhập', dataIndex: 'username' },
            { title: 'Mật khẩu tạm thời', dataIndex: 'temporaryPassword' },
          ]}
        />
      )}
    </Space>
  );
}
