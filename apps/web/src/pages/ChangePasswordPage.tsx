import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { errorMessage } from '../errors';
import { type CurrentUser, switchUser } from '../session';
import { trpc } from '../trpc';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** After an administrator's reset or a new account: the temporary password only lets the user choose a new one. */
export function ChangePasswordPage({ user }: { user: CurrentUser }) {
  const change = useMutation(trpc.auth.changePassword.mutationOptions({ onSuccess: (me) => switchUser(me) }));
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSettled: () => switchUser(null) }));
  return (
    <main className="login">
      <Card title="Đổi mật khẩu" style={{ width: 420 }}>
        <p>
          Xin chào {user.displayName}. Bạn đang dùng mật khẩu tạm thời: hãy đặt mật khẩu mới trước khi tiếp tục: ít nhất
          12 ký tự (nên là một cụm từ dễ nhớ), không chứa tên đăng nhập, không phải mật khẩu phổ biến.
        </p>
        <Form<Values>
          layout="vertical"
          aria-label="Đổi mật khẩu"
          onFinish={(values) =>
            change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword })
          }
        >
          <Form.Item
            label="Mật khẩu tạm thời"
            name="currentPassword"
            rules={[{ required: true, message: 'Nhập mật khẩu tạm thời' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item label="Mật khẩu mới" name="newPassword" rules={[{ required: true, message: 'Nhập mật khẩu mới' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="Nhập lại mật khẩu mới"
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: 'Nhập lại mật khẩu mới' },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error('Hai lần nhập mật khẩu mới không khớp')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {change.error && (
            <Alert type="error" showIcon message={errorMessage(change.error)} style={{ marginBottom: 16 }} />
          )}
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            Lưu mật khẩu mới
          </Button>{' '}
          <Button onClick={() => logout.mutate()}>Đăng xuất</Button>
        </Form>
      </Card>
    </main>
  );
}
