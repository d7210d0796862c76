import type { Role } from '@cascade/db';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const roles: readonly Role[] = ['admin', 'leader', 'head', 'officer', 'supervisor'];
export const roleSchema = z.enum(roles as [Role, ...Role[]], {
  message: 'Vai trò phải là admin, leader, head, officer hoặc supervisor',
});

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,59}$/, 'Tên đăng nhập gồm 3–60 chữ thường không dấu, số, dấu chấm, gạch ngang');

/** A one-time password an administrator hands over; the user must replace it at first login. */
export const temporaryPassword = () => `Tm${randomBytes(9).toString('base64url')}7`;

export const userFieldsSchema = z.object({
  username: usernameSchema,
  displayName: z
    .string()
    .trim()
    .min(1, 'Nhập họ tên')
    .max(200)
    .transform((v) => v.normalize('NFC')),
  email: z
    .string()
    .trim()
    .email('Thư điện tử không hợp lệ')
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  unitId: z.string().min(1, 'Chọn đơn vị'),
  /** Supervisors watch this unit's subtree; others act for their own unit. */
  scopeUnitId: z.string().min(1).nullable().optional(),
  roles: z.array(roleSchema).min(1, 'Chọn ít nhất một vai trò'),
});
