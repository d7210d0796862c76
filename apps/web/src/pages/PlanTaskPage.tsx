import { StatusBadge } from '../components/StatusBadge';
import { formatVnDay } from '../dates';
import { hrefTo } from '../routes';
import { type CurrentUser, canDraftPlans } from '../session';
import { IssuedPlan } from './IssuedPlan';
import { ParentPlanNote } from './ParentPlanNote';
import { PlanApproval } from './PlanApproval';
import { PlanDocumentView } from './PlanDocumentView';
import { PlanDraftForm } from './PlanDraftForm';
import type { TaskDetails } from './taskDetails';

interface PlanTaskPageProps {
  task: TaskDetails['task'];
  plan: NonNullable<TaskDetails['plan']>;
  parentPlan: TaskDetails['parentPlan'];
  user: CurrentUser;
}

export function PlanTaskPage({ task, plan, parentPlan, user }: PlanTaskPageProps) {
  const isIssued = plan.status !== 'drafting';
  const isReturned = !isIssued && plan.returnedReason !== null;
  return (
    <section>
      <p className="breadcrumb no-print">
        <a href={hrefTo.inbox()}>Việc cần làm</a> › Kế hoạch
      </p>
      <div className="page-title">
        <h1>{plan.title}</h1>
        <StatusBadge status={task.status} isClosed={task.state === 'closed'} />
      </div>
      <p className="muted">
        {task.unitName} · Năm {plan.year} · Hạn ban hành: {formatVnDay(task.dueAt)}
      </p>
      {parentPlan && <ParentPlanNote parentPlan={parentPlan} />}
      {plan.status === 'closed' && (
        <p className="notice notice-warning">Năm kế hoạch đã kết thúc (đã tổng kết): kế hoạch không còn thay đổi.</p>
      )}
      {isReturned && (
        <p className="notice notice-warning" role="alert">
          Dự thảo bị trả lại: {plan.returnedReason}
        </p>
      )}
      {isIssued && plan.issue && (
        <IssuedPlan
          planId={plan.id}
          issue={plan.issue}
          signingLines={plan.signingLines ?? []}
          focalUnitName={plan.units.find((u) => u.id === plan.focalUnitId)?.name}
        />
      )}
      {isIssued || !canDraftPlans(user) ? (
        <PlanDocumentView plan={plan} />
      ) : (
        <PlanDraftForm taskId={task.id} plan={plan} />
      )}
      {!isIssued && !isReturned && plan.draftVersion >= 1 && <PlanApproval taskId={task.id} plan={plan} user={user} />}
    </section>
  );
}
