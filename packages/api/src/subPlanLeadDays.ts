import { type Database, findPlan, findTemplate, type Kysely, type StoredSchedule } from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { planDepth } from './planDepth';
import { calendarDaysForUnit } from './provinceCalendar';
import { withSubordinateLeadDays } from './schedule';

/** The schedule a sub-plan hands down when its leader sets how many days before its own due date its subordinates report. */
export async function scheduleWithLeadDays(
  db: Kysely<Database>,
  planId: string,
  leadDays: number,
): Promise<StoredSchedule> {
  const plan = await findPlan(db, planId);
  if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' });
  const level = await planDepth(db, plan);
  if (level === 0) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        'Hạn báo cáo của các đơn vị trực thuộc do mẫu kế hoạch quy định; chỉ kế hoạch của cấp dưới mới đặt số ngày báo cáo trước.',
    });
  }
  const template = await findTemplate(db, plan.template_id);
  return withSubordinateLeadDays(
    plan.schedule,
    level,
    leadDays,
    template!.definition,
    await calendarDaysForUnit(db, plan.issuer_unit_id),
  );
}
