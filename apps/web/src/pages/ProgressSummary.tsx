import type { StatusSummary } from '@cascade/domain';
import { formatPercent } from '../numbers';

export function ProgressSummary({ summary }: { summary: StatusSummary }) {
  return (
    <div className="summary" aria-label="Tổng hợp">
      <div className="stat">
        <span className="stat-value">
          Đã ban hành {summary.submitted}/{summary.expected}
        </span>
        <span className="stat-label">đơn vị cấp dưới</span>
      </div>
      <div className="stat">
        <span className="stat-value">{formatPercent(summary.completeness)}</span>
        <span className="stat-label">Tỷ lệ hoàn thành</span>
      </div>
      <div className="stat">
        <span className="stat-value">{formatPercent(summary.timeliness)}</span>
        <span className="stat-label">Tỷ lệ đúng hạn</span>
      </div>
      <div className="stat">
        <span className="stat-value">{summary.overdue}</span>
        <span className="stat-label">Quá hạn chưa hoàn thành</span>
      </div>
    </div>
  );
}
