import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../components/ErrorNotice';
import type { CurrentUser } from '../session';
import { trpc } from '../trpc';
import { ParentPlanNote } from './ParentPlanNote';
import { PlanTaskPage } from './PlanTaskPage';
import { ReportTaskPage } from './report/ReportTaskPage';

export function TaskPage({ taskId, user }: { taskId: string; user: CurrentUser }) {
  const query = useQuery(trpc.tasks.get.queryOptions({ taskId }));
  if (query.isPending) return <p className="loading">Đang tải…</p>;
  if (query.isError) return <ErrorNotice error={query.error} />;
  const { task, plan, parentPlan, report } = query.data;
  if (!plan) return <p className="notice notice-error">Không tìm thấy kế hoạch của công việc này.</p>;
  if (task.kind === 'report') {
    if (!report) return <p className="notice notice-error">Không tìm thấy kỳ báo cáo của công việc này.</p>;
    const focalUnitName = task.unitId === user.unitId ? null : user.unitName;
    return (
      <>
        <ParentPlanNote parentPlan={plan} label="Báo cáo thực hiện kế hoạch" />
        <ReportTaskPage
          task={task}
          planTitle={plan.title}
          isYearClosed={plan.status === 'closed'}
          focalUnitName={focalUnitName}
          report={report}
        />
      </>
    );
  }
  return <PlanTaskPage task={task} plan={plan} parentPlan={parentPlan} user={user} />;
}
