import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../components/ErrorNotice';
import { StatusBadge } from '../components/StatusBadge';
import { formatVnDay } from '../dates';
import { hrefTo } from '../routes';
import { type CurrentUser, canDraftPlans, canIssuePlans } from '../session';
import { trpc } from '../trpc';
import { IssuedPlan } from './IssuedPlan';
import { ParentPlanNote } from './ParentPlanNote';
import { PlanDocumentView } from './PlanDocumentView';
import { PlanDraftForm } from './PlanDraftForm';
import { PlanIssueForm } from './PlanIssueForm';

export function TaskPage({ taskId, user }: { taskId: string; user: CurrentUser }) {
  const query = useQuery(trpc.tasks.get.queryOptions({ taskId }));
  if (query.isPending) return <p className="loading">Đang tải…</p>;
  if (query.isError) return <ErrorNotice error={query.error} />;
  const { task, plan, parentPlan } = query.data;
  if (!plan) return <p className="notice notice-error">Không tìm thấy kế hoạch của công việc này.</p>;
  const isIssued = plan.status === 'issued';

  return (
    <section>
      <p className="breadcrumb">
        <a href={hrefTo.inbox()}>Việc cần làm</a> › Kế hoạch
      </p>
      <div className="page-title">
        <h1>{plan.title}</h1>
        <StatusBadge status={task.status} />
      </div>
      <p className="muted">
        {task.unitName} · Năm {plan.year} · Hạn ban hành: {formatVnDay(task.dueAt)}
      </p>
      {parentPlan && <ParentPlanNote parentPlan={parentPlan} />}
      {isIssued && plan.issue && <IssuedPlan planId={plan.id} issue={plan.issue} />}
      {isIssued || !canDraftPlans(user) ? (
        <PlanDocumentView title={plan.title} content={plan.content} />
      ) : (
        <PlanDraftForm key={plan.draftVersion} taskId={task.id} plan={plan} />
      )}
      {!isIssued && canIssuePlans(user) && plan.draftVersion >= 1 && (
        <PlanIssueForm taskId={task.id} draftVersion={plan.draftVersion} />
      )}
    </section>
  );
}
