import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { errorMessage } from '../../../errors';
import { queryClient, trpc } from '../../../trpc';
import { roleLabels } from '../units/unitLabels';

export interface EditedUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  unitId: string;
  scopeUnitId: string;
  roles: string[];
}

type Role = 'admin' | 'leader' | 'head' | 'officer' | 'supervisor';
const roles: Role[] = ['officer', 'leader', 'head', 'supervisor', 'admin'];

/** Creates a user (the server answers with a temporary password) or edits one. */
export function UserFormModal({
  user,
  unitOptions,
  onClose,
  onCreated,
}: {
  user: EditedUser | 'new';
  unitOptions: { value: string; label: string }[];
  onClose(): void;
  onCreated(username: string, temporaryPassword: string): void;
}) {
  const [form] = Form.useForm();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
  const create = useMutation(trpc.users.create.mutationOptions({ onSuccess: () => void refresh() }));
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: () => void refresh().then(onClose) }));
  const isNew = user === 'new';
  const submit = (v: {
    username: string;
    displayName: string;
    email?: string;
    unitId: string;
    scopeUnitId?: string;
    roles: Role[];
  }) => {
    const fields = {
      displayName: v.displayName,
      email: v.email ?? null,
      unitId: v.unitId,
      scopeUnitId: v.scopeUnitId ?? null,
      roles: v.roles,
    };
    if (isNew)
      create.mutate(
        { ...fields, username: v.username },
        { onSuccess: (r) => onCreated(v.username, r.temporaryPassword) },
      );
    else update.mutate({ ...fields, id: user.id });
  };
  const error = create.error ?? update.error;
  return (
    <Modal
      open
      title={isNew ? 'Thêm người dùng' : `Sửa người dùng ${user.username}`}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        aria-label="Thông tin người dùng"
        initialValues={isNew ? { roles: ['officer'] } : user}
        onFinish={submit}
      >
        {isNew && (
          <Form.Item label="Tên đăng nhập" name="username" rules={[{ required: true, message: 'Nhập tên đăng nhập' }]}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item label="Họ tên" name="displayName" rules={[{ required: true, message: 'Nhập họ tên' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Thư điện tử" name="email">
          <Input />
        </Form.Item>
        <Form.Item label="Đơn vị" name="unitId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
          <Select showSearch optionFilterProp="label" options={unitOptions} aria-label="Đơn vị" />
        </Form.Item>
        <Form.Item label="Vai trò" name="roles" rules={[{ required: true, message: 'Chọn ít nhất một vai trò' }]}>
          <Select
            mode="multiple"
            options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
            aria-label="Vai trò"
          />
        </Form.Item>
        <Form.Item label="Đơn vị theo dõi (cho vai trò Theo dõi; để trống là đơn vị của người dùng)" name="scopeUnitId">
          <Select allowClear showSearch optionFilterProp="label" options={unitOptions} aria-label="Đơn vị theo dõi" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      </Form>
    </Modal>
  );
}
