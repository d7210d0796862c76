import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { StatusBadge } from '../components/StatusBadge';
import { formatVnDay } from '../dates';
import { hrefTo } from '../routes';
import { type CurrentUser, canDraftPlans } from '../session';
import { trpc } from '../trpc';
import { CreatePlanForm } from './CreatePlanForm';

export function InboxPage({ user }: { user: CurrentUser }) {
  const inbox = useQuery(trpc.tasks.inbox.queryOptions());
  const [isCreating, setCreating] = useState(false);

  return (
    <section>
      <div className="page-title">
        <h1>Việc cần làm</h1>
        {canDraftPlans(user) && !isCreating && (
          <span className="actions">
            <button type="button" onClick={() => setCreating(true)}>
              Tạo kế hoạch mới
            </button>
            <a href={hrefTo.importPlan()}>Nhập kế hoạch từ tệp</a>
          </span>
        )}
      </div>
      {isCreating && <CreatePlanForm onCancel={() => setCreating(false)} />}
      <ErrorNotice error={inbox.error} />
      {inbox.isPending && <p className="loading">Đang tải…</p>}
      {inbox.data?.length === 0 && <p className="empty">Đơn vị chưa có việc nào.</p>}
      {inbox.data && inbox.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Công việc</th>
              <th>Năm</th>
              <th>Hạn</th>
              <th>Trạng thái</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {inbox.data.map((task) => (
              <tr key={task.id}>
                <td>
                  <a href={hrefTo.task(task.id)}>{task.title}</a>
                  {task.kind === 'plan' && task.parentPlanId && (
                    <div className="muted">Triển khai kế hoạch cấp trên</div>
                  )}
                  {task.returnedReason && <div className="muted">Lý do trả lại: {task.returnedReason}</div>}
                  {task.unitId !== user.unitId && <div className="muted">Đầu mối tổng hợp cho {task.unitName}</div>}
                  {task.state === 'closed' && <div className="muted">Năm kế hoạch đã kết thúc</div>}
                </td>
                <td>{task.year}</td>
                <td className="nowrap">{formatVnDay(task.dueAt)}</td>
                <td>
                  <StatusBadge
                    status={task.status}
                    isReturned={task.returnedReason !== null}
                    isClosed={task.state === 'closed'}
                  />
                </td>
                <td>
                  {task.kind === 'plan' && task.state === 'done' && <a href={hrefTo.progress(task.planId)}>Tiến độ</a>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
