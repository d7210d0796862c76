import { formatVnDay } from '../../dates';

export function TemplateStateBadge({ publishedAt }: { publishedAt: Date | string | null }) {
  if (!publishedAt) return <span className="badge badge-draft">Bản nháp</span>;
  return <span className="badge badge-published">Đã công bố {formatVnDay(publishedAt)}</span>;
}
