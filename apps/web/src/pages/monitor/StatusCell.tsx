import { type TaskStatus, taskStatusLabels } from '@cascade/domain';
import { formatVnDay } from '../../dates';
import { statusColors } from './statusColors';

interface Props {
  cell: { status: TaskStatus; daysLate: number | null } | undefined;
  dates: { dueAt: string | null; completedAt: string | null } | undefined;
  href: string;
}

function daysText(status: TaskStatus, daysLate: number | null): string {
  if (daysLate === null) return '';
  if (status === 'onTime') return daysLate < 0 ? ` (sớm ${-daysLate} ngày)` : '';
  return daysLate > 0 ? ` (${daysLate} ngày)` : '';
}

/** One obligation: its category, days early or late, the dates on hover, a link to the unit's plan. */
export function StatusCell({ cell, dates, href }: Props) {
  if (!cell) return <span className="muted">—</span>;
  const hover = [
    `Hạn: ${dates?.dueAt ? formatVnDay(dates.dueAt) : 'không có'}`,
    dates?.completedAt ? `Hoàn thành: ${formatVnDay(dates.completedAt)}` : 'Chưa hoàn thành',
  ].join(' · ');
  return (
    // The browser's own hover text: the grid shows hundreds of cells and an antd Tooltip apiece adds to each render.
    // Reached by the grid's arrow keys, not by Tab: the grid is one tab stop.
    <a
      href={href}
      tabIndex={-1}
      title={hover}
      className="status-cell"
      style={{ color: statusColors[cell.status] }}
      data-status={cell.status}
    >
      {taskStatusLabels[cell.status]}
      {daysText(cell.status, cell.daysLate)}
    </a>
  );
}
