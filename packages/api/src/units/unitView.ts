import type { Unit } from '@cascade/db';

/** A unit as the administration pages show it. */
export const unitView = (u: Unit) => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  parentId: u.parent_id,
  code: u.code,
  abbreviation: u.abbreviation,
  address: u.address,
  phone: u.phone,
  email: u.email,
  effectiveFrom: u.effective_from,
  effectiveTo: u.effective_to,
  successorId: u.successor_id,
});
