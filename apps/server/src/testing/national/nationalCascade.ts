import type { AppRouter } from '@cascade/api';
import { planTaskId, subPlanId } from '@cascade/db';
import { addDays, vnDateOf } from '@cascade/domain';
import { createTRPCClient, httpLink } from '@trpc/client';
import { untilAcknowledged } from '../faults/retryingClient';
import { nationalTemplateId } from './nationalTree';

/** A user's tRPC client over HTTP with the session cookie the login procedure would have set. */
export function clientOf(url: string, cookie: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        headers: { cookie, origin: url },
        fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(120_000) }),
      }),
    ],
  });
}
type UserClient = ReturnType<typeof clientOf>;

const draft = (title: string) => ({
  title,
  directives: [],
  purpose: 'Đo tải toàn quốc: kế hoạch phân cấp tới mọi tỉnh, sở và xã.',
  tasks: 'Các đơn vị báo cáo đúng hạn.',
  organization: 'Bộ Nội vụ theo dõi, tổng hợp.',
});

const issueOf = (number: string, dueInDays: number) => ({
  documentNumber: number,
  issuedOn: vnDateOf(new Date()),
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Bộ trưởng',
  signingCapacity: 'KT.' as const,
  recipients: ['Các đơn vị trực thuộc'],
  subPlanDueOn: addDays(vnDateOf(new Date()), dueInDays),
});

/** The national plan created, drafted and issued: 34 province sub-plans start. Returns its id. */
export async function issueNationalPlan(officer: UserClient, leader: UserClient, key: string, year: number) {
  const title = `Kế hoạch quốc gia năm ${year} (đo tải ${key})`;
  const { result: created } = await untilAcknowledged(() =>
    officer.plans.create.mutate({ templateId: nationalTemplateId, title, year, idempotencyKey: `${key}:create` }),
  );
  await untilAcknowledged(() =>
    officer.plans.saveDraft.mutate({
      taskId: created.taskId,
      idempotencyKey: `${key}:draft`,
      baseVersion: 0,
      draft: draft(title),
    }),
  );
  await untilAcknowledged(() =>
    leader.plans.issue.mutate({
      taskId: created.taskId,
      idempotencyKey: `${key}:issue`,
      draftVersion: 1,
      issue: issueOf(`1/KH-BNV`, 30),
    }),
  );
  return created.planId;
}

// A province's officer and leader keep pressing "gửi lại" while the other provinces' cascades fill the workers' queue:
// in a run on this loaded machine one province's draft waited over 240 s.
const provinceGiveUpMs = 900_000;

/** A province's officer drafts its sub-plan and its leader issues it: its departments' and communes' sub-plans start. */
export async function issueProvinceSubPlan(
  officer: UserClient,
  leader: UserClient,
  nationalPlanId: string,
  provinceId: string,
  key: string,
) {
  const taskId = planTaskId(subPlanId(nationalPlanId, provinceId));
  await untilAcknowledged(
    () =>
      officer.plans.saveDraft.mutate({
        taskId,
        idempotencyKey: `${key}:${provinceId}:draft`,
        baseVersion: 0,
        draft: draft(`Kế hoạch của ${provinceId}`),
      }),
    provinceGiveUpMs,
  );
  await untilAcknowledged(
    () =>
      leader.plans.issue.mutate({
        taskId,
        idempotencyKey: `${key}:${provinceId}:issue`,
        draftVersion: 1,
        issue: issueOf(`2/KH-UBND`, 20),
      }),
    provinceGiveUpMs,
  );
}
