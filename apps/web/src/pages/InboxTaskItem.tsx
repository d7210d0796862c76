import { List } from 'antd';
import { StatusBadge } from '../components/StatusBadge';
import { formatVnDay } from '../dates';
import { hrefTo } from '../routes';
import type { InboxTask } from './inboxTypes';

/** One task as a card line: what it is, the next step in words, the due date and the four-category status. */
export function InboxTaskItem({ task }: { task: InboxTask }) {
  return (
    <List.Item className="inbox-task">
      <div className="inbox-task-main">
        <a href={hrefTo.task(task.id)} className="inbox-task-title">
          {task.title}
        </a>
        <div className="inbox-next-step">
          {task.lane !== 'done' && task.lane !== 'upcoming' && <span className="muted">Bước tiếp theo: </span>}
          {task.nextStep}
        </div>
        {task.returnedReason && <div className="muted">Lý do trả lại: {task.returnedReason}</div>}
        {task.isFocalWork && <div className="muted">Đầu mối tổng hợp cho {task.unitName}</div>}
        {task.kind === 'plan' && task.parentPlanId && (
          <a className="inbox-parent-link" href={hrefTo.plan(task.parentPlanId)}>
            Xem kế hoạch cấp trên
          </a>
        )}
        {task.kind === 'plan' && task.state === 'done' && <a href={hrefTo.progress(task.planId)}>Tiến độ</a>}
      </div>
      <div className="inbox-task-side">
        <span className="nowrap">Hạn: {formatVnDay(task.dueAt)}</span>
        <StatusBadge
          status={task.status}
          isReturned={task.returnedReason !== null}
          isClosed={task.state === 'closed'}
          isNotYetOpen={task.opensOn !== null}
        />
      </div>
    </List.Item>
  );
}
