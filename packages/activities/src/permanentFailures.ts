import { type Database, type Kysely, recordAudit } from '@cascade/db';
import { ApplicationFailure } from '@temporalio/common';
import { executionKey } from './executionKey';

/** PostgreSQL's data exceptions (22xxx) and integrity violations (23xxx): the same data fails every time. */
const invalidDataClasses = ['22', '23'];

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.length === 5 ? code : undefined;
}

/** The error as a non-retryable failure when no retry can fix it; undefined when a retry may. */
export function permanentFailureOf(error: unknown): ApplicationFailure | undefined {
  if (error instanceof ApplicationFailure) return error.nonRetryable ? error : undefined;
  const state = sqlState(error);
  if (state && invalidDataClasses.includes(state.slice(0, 2)))
    return ApplicationFailure.nonRetryable(
      `Dữ liệu không hợp lệ, cơ sở dữ liệu từ chối ghi (mã ${state}); hãy báo quản trị hệ thống.`,
      'InvalidData',
      (error as Error).message,
    );
  return undefined;
}

type Activity = (input: never) => Promise<unknown>;

/**
 * Wraps each activity: an error no retry can fix ends the step at once as a non-retryable failure, and leaves an
 * audit event (`step.failed`) in the read model for the administrator's list of failed steps.
 */
export function endingForGood<T extends Record<string, Activity>>(db: Kysely<Database>, activities: T): T {
  const wrapped = Object.entries(activities).map(([name, activity]) => {
    const run = async (input: { planId?: string; unitId?: string }) => {
      try {
        return await activity(input as never);
      } catch (error) {
        const failure = permanentFailureOf(error);
        if (!failure) throw error;
        await recordAudit(db, {
          actorUserId: null,
          unitId: null,
          action: 'step.failed',
          subjectId: input.planId ?? name,
          data: { activity: name, unitId: input.unitId ?? null, message: failure.message, type: failure.type },
          idempotencyKey: `${executionKey()}/failed`,
        }).catch(() => undefined);
        throw failure;
      }
    };
    return [name, run];
  });
  return Object.fromEntries(wrapped) as T;
}
