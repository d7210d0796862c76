import { vnDateOf } from '@cascade/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { byVietnameseName, matchesSearch, viCollator } from '../../../text';
import { queryClient, trpc } from '../../../trpc';
import { roleLabels } from '../units/unitLabels';
import { type EditedUser, UserFormModal } from './UserFormModal';

/** Users of the administrator's subtree: filters, create, edit, disable, reset password. */
export function UsersPage() {
  const [unitId, setUnitId] = useState<string | undefined>();
  const [role, setRole] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [showDisabled, setShowDisabled] = useState(true);
  const [editing, setEditing] = useState<EditedUser | 'new' | null>(null);
  const [password, setPassword] = useState<{ username: string; temporaryPassword: string } | null>(null);
  const units = useQuery(trpc.units.tree.queryOptions({ asOf: vnDateOf(new Date()) }));
  const users = useQuery(trpc.users.list.queryOptions({ unitId, includeDisabled: showDisabled }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
  const disable = useMutation(trpc.users.disable.mutationOptions({ onSuccess: refresh }));
  const enable = useMutation(trpc.users.enable.mutationOptions({ onSuccess: refresh }));
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());
  const unitOptions = useMemo(
    () =>
      [...(units.data?.units ?? [])]
        .sort(byVietnameseName)
        .map((u) => ({ value: u.id, label: u.code ? `${u.name} (${u.code})` : u.name })),
    [units.data],
  );
  const unitName = useMemo(() => new Map(units.data?.units.map((u) => [u.id, u.name])), [units.data]);
  const shown = (users.data ?? [])
    .filter((u) => !role || u.roles.includes(role as never))
    .filter((u) => !search.trim() || matchesSearch(`${u.displayName} ${u.username}`, search))
    .sort((a, b) => viCollator.compare(a.displayName, b.displayName));

  return (
    <section>
      <h1>Người dùng</h1>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Mọi đơn vị"
          options={unitOptions}
          value={unitId}
          onChange={setUnitId}
          style={{ width: 320 }}
          aria-label="Lọc theo đơn vị"
        />
        <Select
          allowClear
          placeholder="Mọi vai trò"
          options={Object.entries(roleLabels).map(([value, label]) => ({ value, label }))}
          value={role}
          onChange={setRole}
          style={{ width: 180 }}
          aria-label="Lọc theo vai trò"
        />
        <Input.Search
          allowClear
          placeholder="Tìm theo tên (có dấu hoặc không dấu)"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 300 }}
          aria-label="Tìm người dùng"
        />
        <Checkbox checked={showDisabled} onChange={(e) => setShowDisabled(e.target.checked)}>
          Hiện tài khoản đã khóa
        </Checkbox>
        <Button type="primary" onClick={() => setEditing('new')}>
          Thêm người dùng
        </Button>
      </Space>
      <ErrorNotice error={users.error ?? disable.error ?? enable.error ?? reset.error} />
      <Table
        aria-label="Danh sách người dùng"
        size="small"
        rowKey="id"
        loading={users.isPending}
        dataSource={shown}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: 'Họ tên', dataIndex: 'displayName' },
          { title: 'Tên đăng nhập', dataIndex: 'username' },
          { title: 'Đơn vị', dataIndex: 'unitId', render: (id: string) => unitName.get(id) ?? id },
          {
            title: 'Vai trò',
            dataIndex: 'roles',
            render: (rs: string[]) => rs.map((r) => <Tag key={r}>{roleLabels[r] ?? r}</Tag>),
          },
          {
            title: 'Trạng thái',
            key: 'state',
            render: (_, u) =>
              u.disabledAt ? (
                <Tag color="red">Đã khóa</Tag>
              ) : u.mustChangePassword ? (
                <Tag color="gold">Chờ đổi mật khẩu</Tag>
              ) : (
                <Tag color="green">Hoạt động</Tag>
              ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, u) => (
              <Space>
                <Button size="small" onClick={() => setEditing(u)}>
                  Sửa
                </Button>
                {u.disabledAt ? (
                  <Button size="small" onClick={() => enable.mutate({ id: u.id })}>
                    Mở khóa
                  </Button>
                ) : (
                  <Button size="small" danger onClick={() => disable.mutate({ id: u.id })}>
                    Khóa
                  </Button>
                )}
                <Button
                  size="small"
                  onClick={() =>
                    reset.mutate(
                      { id: u.id },
                      {
                        onSuccess: (r) => setPassword({ username: u.username, temporaryPassword: r.temporaryPassword }),
                      },
                    )
                  }
                >
                  Đặt lại mật khẩu
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <UserFormModal
          user={editing}
          unitOptions={unitOptions}
          onClose={() => setEditing(null)}
          onCreated={(username, temporaryPassword) => {
            setEditing(null);
            setPassword({ username, temporaryPassword });
          }}
        />
      )}
      <Modal
        open={password !== null}
        title="Mật khẩu tạm thời"
        footer={<Button onClick={() => setPassword(null)}>Đã ghi lại mật khẩu</Button>}
        onCancel={() => setPassword(null)}
      >
        <Alert
          type="info"
          showIcon
          title={`Trao mật khẩu này cho ${password?.username ?? ''}: chỉ hiện một lần; người dùng phải đổi ở lần đăng nhập đầu.`}
        />
        <Typography.Paragraph copyable strong style={{ marginTop: 12 }} aria-label="Mật khẩu tạm thời">
          {password?.temporaryPassword}
        </Typography.Paragraph>
      </Modal>
    </section>
  );
}
