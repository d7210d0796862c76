import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { switchUser } from '../session';
import { trpc } from '../trpc';

export function LoginPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (user) => switchUser(user),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password });
  };

  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit}>
        <h1>Cascade</h1>
        <p className="subtitle">Kế hoạch và báo cáo</p>
        <label className="field">
          <span className="field-label">Tên đăng nhập</span>
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Mật khẩu</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <ErrorNotice error={login.error} />
        <button type="submit" disabled={login.isPending}>
          Đăng nhập
        </button>
      </form>
    </main>
  );
}
