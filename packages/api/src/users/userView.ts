import type { User } from '@cascade/db';

export const userView = (u: User) => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  email: u.email,
  unitId: u.unit_id,
  scopeUnitId: u.scope_unit_id,
  roles: u.roles,
  disabledAt: u.disabled_at,
  mustChangePassword: u.must_change_password,
  createdAt: u.created_at,
});

/** What the audit log keeps of a user: never the password hash. */
export const userAuditView = (u: User) => {
  const { createdAt: _createdAt, ...rest } = userView(u);
  return rest;
};
