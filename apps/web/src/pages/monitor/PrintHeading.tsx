import { type TaskStatus, taskStatusLabels } from '@cascade/domain';
import type { MonitorView } from '../../routes';

/** Above a printed monitor page (its tabs and filters are not printed): what it shows, and when it was printed. */
export function PrintHeading({ view, tabLabel }: { view: MonitorView; tabLabel: string }) {
  const parts = [tabLabel];
  if (view.status) parts.push(`Tình trạng: ${taskStatusLabels[view.status as TaskStatus] ?? view.status}`);
  if (view.search) parts.push(`Tìm đơn vị: “${view.search}”`);
  parts.push(`In lúc ${new Date().toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}`);
  return <p className="print-heading">{parts.join(' · ')}</p>;
}
