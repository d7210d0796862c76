import { type AuditKind, findUnit, listAuditLog } from '@cascade/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { adminScopeIds, auditAdminChange } from '../adminScope';
import { auditCsv, auditWorkbook } from '../audit/auditWorkbook';
import { auditEntryView } from '../audit/auditView';
import type { Context } from '../context';
import { roleProcedure } from '../trpc';

const adminProcedure = roleProcedure('admin');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
const kindLabels: Record<AuditKind, string> = {
  login: 'Đăng nhập thành công',
  loginFailed: 'Đăng nhập sai',
  lockout: 'Tạm khóa đăng nhập',
  logout: 'Đăng xuất',
  refused: 'Từ chối truy cập',
  admin: 'Thao tác quản trị',
};
const filterInput = z.object({
  kinds: z
    .array(z.enum(Object.keys(kindLabels) as [AuditKind, ...AuditKind[]]))
    .max(6)
    .default([]),
  actor: z.string().trim().max(100, 'Tên người thực hiện quá dài').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
type FilterInput = z.infer<typeof filterInput>;
const maxExportRows = 20_000;

/** A day in Vietnam begins at 00:00 +07:00; the range includes the whole of its last day. */
const startOfDay = (date: string, plusDays = 0) =>
  new Date(new Date(`${date}T00:00:00+07:00`).getTime() + plusDays * 86_400_000);

/** A national administrator reads every entry; another its subtree's users' and units' entries only. */
async function filterFor(ctx: Context & { user: NonNullable<Context['user']> }, input: FilterInput) {
  const scopeUnit = await findUnit(ctx.db, ctx.user.scope_unit_id);
  const isNational = scopeUnit?.parent_id === null;
  return {
    scopeName: scopeUnit?.name ?? ctx.user.scope_unit_id,
    filter: {
      scopeUnitIds: isNational ? null : [...(await adminScopeIds(ctx.db, ctx.user))],
      kinds: input.kinds,
      actor: input.actor,
      from: input.from ? startOfDay(input.from) : undefined,
      to: input.to ? startOfDay(input.to, 1) : undefined,
    },
  };
}

const describeFilter = (input: FilterInput) =>
  [
    input.kinds.length ? `Loại: ${input.kinds.map((k) => kindLabels[k]).join(', ')}` : 'Mọi loại',
    input.actor ? `Người thực hiện: ${input.actor}` : null,
    input.from ? `Từ ngày ${input.from.split('-').reverse().join('/')}` : null,
    input.to ? `Đến ngày ${input.to.split('-').reverse().join('/')}` : null,
  ]
    .filter((part) => part !== null)
    .join('; ');

export const auditRouter = {
  /** Sign-ins, refusals and administrators' changes in the administrator's scope, newest first, a page at a time. */
  list: adminProcedure
    .input(
      filterInput.extend({
        page: z.number().int().min(1).max(1_000_000).default(1),
        pageSize: z.number().int().min(10).max(200).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { filter } = await filterFor(ctx, input);
      const { total, rows } = await listAuditLog(ctx.db, filter, {
        offset: (input.page - 1) * input.pageSize,
        limit: input.pageSize,
      });
      return { total, entries: rows.map(auditEntryView) };
    }),

  /** The same filtered entries as a file (.xlsx or .csv), the export itself written to the log. */
  export: adminProcedure
    .input(filterInput.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }))
    .mutation(async ({ ctx, input }) => {
      const { filter, scopeName } = await filterFor(ctx, input);
      const { total, rows } = await listAuditLog(ctx.db, filter, { offset: 0, limit: maxExportRows });
      const entries = rows.map(auditEntryView);
      const exportedAt = new Date();
      const stamp = exportedAt.toISOString().slice(0, 10);
      await auditAdminChange(
        ctx.db,
        ctx,
        'audit.export',
        { unitId: ctx.user.scope_unit_id, subjectId: ctx.user.scope_unit_id },
        null,
        { filter: describeFilter(input), format: input.format, rows: entries.length },
      );
      if (input.format === 'csv')
        return {
          fileName: `nhat-ky-${stamp}.csv`,
          base64: Buffer.from(auditCsv(entries), 'utf8').toString('base64'),
          rows: entries.length,
        };
      const heading = {
        scope: scopeName,
        filter: describeFilter(input),
        exportedAt,
        truncated: total > entries.length,
      };
      const content = await auditWorkbook(entries, heading);
      return { fileName: `nhat-ky-${stamp}.xlsx`, base64: content.toString('base64'), rows: entries.length };
    }),
} satisfies TRPCRouterRecord;
