import { useMutation } from '@tanstack/react-query';
import { hrefTo, navigate } from '../routes';
import { type CurrentUser, isAdministrator, switchUser } from '../session';
import { trpc } from '../trpc';
import { NotificationBell } from './NotificationBell';

export function Header({ user }: { user: CurrentUser }) {
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        switchUser(null);
        navigate(hrefTo.inbox());
      },
    }),
  );
  return (
    <header className="app-header">
      <a className="brand" href={hrefTo.inbox()}>
        Cascade
      </a>
      <nav>
        <a href={hrefTo.inbox()}>Việc cần làm</a>
        <a href={hrefTo.plans()}>Theo dõi</a>
        <a href={hrefTo.monitor()}>Giám sát</a>
        <NotificationBell />
        {isAdministrator(user) && <a href={hrefTo.adminTemplates()}>Quản trị</a>}
      </nav>
      <div className="user">
        <span className="user-name">{user.displayName}</span>
        <span className="user-unit">{user.unitName}</span>
        <button type="button" className="button-secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
          Đăng xuất
        </button>
      </div>
    </header>
  );
}
