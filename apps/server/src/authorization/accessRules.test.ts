import { appRouter } from '@cascade/api';
import { expect, it } from 'vitest';
import { accessRules } from './accessRules';

it('declares a rule for every procedure of the router, and none for a procedure that is gone', () => {
  const procedures = Object.keys(appRouter._def.procedures);
  const undeclared = procedures.filter((path) => !(path in accessRules));
  expect(undeclared, 'procedures without a rule in authorization/accessRules.ts').toEqual([]);
  expect(Object.keys(accessRules).filter((path) => !procedures.includes(path))).toEqual([]);
});
