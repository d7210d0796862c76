import { type StatusSummary, taskStatusLabels } from '@cascade/domain';
import { Tooltip } from 'antd';
import { statusColors, statusOrder } from './statusColors';

/** One bar split into the four categories, with the counts on hover. */
export function StatusBar({ summary }: { summary: StatusSummary }) {
  if (summary.expected === 0) return <span className="muted">Chưa có nghĩa vụ</span>;
  return (
    <Tooltip title={statusOrder.map((s) => `${taskStatusLabels[s]}: ${summary[s]}`).join(' · ')}>
      <div className="status-bar" role="img" aria-label={`Hoàn thành ${summary.submitted}/${summary.expected}`}>
        {statusOrder.map((s) =>
          summary[s] ? (
            <span key={s} style={{ flexGrow: summary[s], background: statusColors[s] }} data-status={s} />
          ) : null,
        )}
      </div>
    </Tooltip>
  );
}
