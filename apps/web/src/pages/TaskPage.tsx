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
  const isPlanTask = task.kind === 'plan';

  return (
    <section>
      <p className="breadcrumb">
        <a href={hrefTo.inbox()}>Việc cần làm</a> › {isPlanTask ? 'Kế hoạch' : 'Báo cáo'}
      </p>
      <div className="page-title">
        <h1>{isPlanTask ? plan.title : task.title}</h1>
        <StatusBadge status={task.status} />
      </div>
      <p className="muted">
        {task.unitName} · Năm {plan.year} · {isPlanTask ? 'Hạn ban hành' : 'Hạn nộp'}: {formatVnDay(task.dueAt)}
      </p>
      {parentPlan && <ParentPlanNote parentPlan={parentPlan} />}
      {!isPlanTask && <p className="notice">Báo cáo chưa nhập được trên giao diện này; dưới đây là kế hoạch mà báo cáo thuộc về.</p>}
      {isIssued && plan.issue && <IssuedPlan planId={plan.id} issue={plan.issue} />}
      {isIssued || !isPlanTask || !canDraftPlans(user) ? (
        <PlanDocumentView title={plan.title} content={plan.content} />
      ) : (
        <PlanDraftForm taskId={task.id} plan={plan} />
      )}
      {isPlanTask && !isIssued && canIssuePlans(user) && plan.draftVersion >= 1 && (
        <PlanIssueForm taskId={task.id} draftVersion={plan.draftVersion} />
      )}
    </section>
  );
}
