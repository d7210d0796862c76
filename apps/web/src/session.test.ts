import { describe, expect, it } from 'vitest';
import { canRequestAdhocReport, type CurrentUser, isAdministrator } from './session';

const user = (roles: CurrentUser['roles'], unitId = 'gl'): CurrentUser => ({
  id: 'u',
  username: 'u',
  displayName: 'U',
  unitId,
  unitName: 'Tỉnh Gia Lai',
  scopeUnitId: unitId,
  roles,
  mustChangePassword: false,
  temporalWorkflowUrl: null,
});

describe('who may do what', () => {
  it('shows the administration only to administrators', () => {
    expect(isAdministrator(user(['admin']))).toBe(true);
    expect(isAdministrator(user(['leader', 'officer']))).toBe(false);
  });

  it('lets a supervisor, or the issuing unit’s leader, ask for an ad hoc report', () => {
    expect(canRequestAdhocReport(user(['supervisor'], 'gl-snv'), 'gl')).toBe(true);
    expect(canRequestAdhocReport(user(['leader'], 'gl'), 'gl')).toBe(true);
    expect(canRequestAdhocReport(user(['leader'], 'gl-pleiku'), 'gl')).toBe(false);
    expect(canRequestAdhocReport(user(['officer'], 'gl'), 'gl')).toBe(false);
  });
});
