import { useMutation } from '@tanstack/react-query';
import { Drawer, Grid } from 'antd';
import { useState } from 'react';
import { hrefTo, navigate } from '../routes';
import { type CurrentUser, isAdministrator, switchUser } from '../session';
import { trpc } from '../trpc';
import { NotificationBell } from './NotificationBell';

/**
 * The app's bar: on a wide screen the links and the user inline; on a phone (under antd's md, 768 px) the brand,
 * the header tools and a menu button that opens the links and the user in a drawer.
 */
export function Header({ user }: { user: CurrentUser }) {
  const isNarrow = Grid.useBreakpoint().md === false;
  const [isMenuOpen, setMenuOpen] = useState(false);
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        switchUser(null);
        navigate(hrefTo.inbox());
      },
    }),
  );
  const links = (
    <nav aria-label="Điều hướng chính" onClick={() => setMenuOpen(false)}>
      <a href={hrefTo.inbox()}>Việc cần làm</a>
      <a href={hrefTo.plans()}>Theo dõi</a>
      <a href={hrefTo.monitor()}>Giám sát</a>
      {isAdministrator(user) && <a href={hrefTo.adminTemplates()}>Quản trị</a>}
    </nav>
  );
  const account = (
    <div className="user">
      <span className="user-name">{user.displayName}</span>
      <span className="user-unit">{user.unitName}</span>
      <a href={hrefTo.sessions()}>Phiên đăng nhập</a>
      <button type="button" className="button-secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
        Đăng xuất
      </button>
    </div>
  );
  return (
    <header className={isNarrow ? 'app-header app-header-narrow' : 'app-header'}>
      <a className="brand" href={hrefTo.inbox()}>
        Cascade
      </a>
      {!isNarrow && links}
      <div className="header-tools">
        <NotificationBell />
      </div>
      {isNarrow ? (
        <button
          type="button"
          className="button-secondary menu-button"
          aria-expanded={isMenuOpen}
          aria-controls="app-menu"
          onClick={() => setMenuOpen(true)}
        >
          ☰ Menu
        </button>
      ) : (
        account
      )}
      {isNarrow && (
        <Drawer
          id="app-menu"
          title="Menu"
          placement="right"
          size={300}
          open={isMenuOpen}
          onClose={() => setMenuOpen(false)}
          rootClassName="app-menu"
        >
          {links}
          {account}
        </Drawer>
      )}
    </header>
  );
}
