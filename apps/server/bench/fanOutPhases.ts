import { planWorkflowId } from '@cascade/db';
import proto from '@temporalio/proto';
import type { BenchEnvironment } from './environment';

const { EventType } = proto.temporal.api.enums.v1;
type Timestamp = { seconds?: { toNumber(): number } | number | null; nanos?: number | null } | null | undefined;

const msOf = (t: Timestamp) => (t ? Number(t.seconds ?? 0) * 1000 + (t.nanos ?? 0) / 1e6 : Number.NaN);

/**
 * Where one fan-out's time went, from Temporal's own timestamps: the province workflow's cascade activities
 * (scheduled → started → completed) and the first and last sub-plan workflow's start, each as ms after the issue.
 */
export async function fanOutPhases(env: BenchEnvironment, planId: string, issuedAtEpochMs: number) {
  const history = await env.temporal.workflow.getHandle(planWorkflowId(planId)).fetchHistory();
  const names = new Map<number, string>();
  const phases: string[] = [];
  const at = (t: Timestamp) => `${Math.round(msOf(t) - issuedAtEpochMs)}`;
  for (const event of history.events ?? []) {
    const id = Number(event.eventId);
    const eventMs = msOf(event.eventTime as Timestamp);
    if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED && eventMs >= issuedAtEpochMs)
      phases.push(`issue Update completed +${at(event.eventTime as Timestamp)}`);
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled) names.set(id, scheduled.activityType?.name ?? '?');
    const started = event.activityTaskStartedEventAttributes;
    const completed = event.activityTaskCompletedEventAttributes;
    const name = names.get(Number(scheduled ? id : (started ?? completed)?.scheduledEventId));
    if (name !== 'createSubPlans' && name !== 'startSubPlanWorkflows') continue;
    const step =
      event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
        ? 'scheduled'
        : started
          ? 'started'
          : 'completed';
    phases.push(`${name} ${step} +${at(event.eventTime as Timestamp)}`);
  }
  const children = [];
  const query = `WorkflowId STARTS_WITH '${planWorkflowId(planId)}.'`;
  for await (const child of env.temporal.workflow.list({ query })) children.push(child.startTime.getTime());
  if (children.length > 0) {
    phases.push(`first sub-plan started +${Math.round(Math.min(...children) - issuedAtEpochMs)}`);
    phases.push(`last sub-plan started +${Math.round(Math.max(...children) - issuedAtEpochMs)}`);
  }
  return phases.join(', ');
}
