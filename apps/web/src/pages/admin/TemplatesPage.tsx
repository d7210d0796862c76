import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { hrefTo } from '../../routes';
import { trpc } from '../../trpc';
import { TemplateStateBadge } from './TemplateStateBadge';

/** Every version of every template: a published version is used for new plans and never changes. */
export function TemplatesPage() {
  const templates = useQuery(trpc.admin.templates.queryOptions());
  if (templates.isPending) return <p className="loading">Đang tải…</p>;
  if (templates.isError) return <ErrorNotice error={templates.error} />;
  return (
    <section>
      <h1>Mẫu kế hoạch</h1>
      <p className="muted">
        Mở một phiên bản để xem nội dung, tạo phiên bản mới từ phiên bản đó hoặc công bố bản nháp.
      </p>
      <p>
        <a href={hrefTo.importPlan()}>Bắt đầu mẫu từ văn bản kế hoạch đã có</a>
      </p>
      {templates.data.length === 0 && <p className="empty">Chưa có mẫu kế hoạch nào.</p>}
      {templates.data.length > 0 && (
        <table className="table" aria-label="Các phiên bản mẫu kế hoạch">
          <thead>
            <tr>
              <th>Tên mẫu</th>
              <th>Phiên bản</th>
              <th>Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {templates.data.map((t) => (
              <tr key={t.id}>
                <td>
                  <a href={hrefTo.adminTemplate(t.id)}>{t.name}</a>
                  <div className="muted">{t.id}</div>
                </td>
                <td>{t.version}</td>
                <td>
                  <TemplateStateBadge publishedAt={t.publishedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
