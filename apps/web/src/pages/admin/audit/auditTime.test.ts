import { expect, it } from 'vitest';
import { auditTime } from './auditTime';

it('shows an instant on Vietnam’s clock as dd/mm/yyyy HH:mm:ss', () => {
  expect(auditTime('2026-11-30T17:05:09.000Z')).toBe('01/12/2026 00:05:09');
  expect(auditTime('2026-01-02T03:04:05.000Z')).toBe('02/01/2026 10:04:05');
});
