import { formatVnDate, type PlanContent } from '@cascade/domain';

/** The plan as issued (or as a reader without drafting rights sees it): read-only. */
export function PlanDocumentView({ title, content }: { title: string; content: PlanContent }) {
  return (
    <article className="card document">
      <h2>{title}</h2>
      {content.directives.length > 0 && (
        <>
          <h3>Căn cứ</h3>
          <ul>
            {content.directives.map((d, i) => (
              <li key={i}>
                {d.number} ngày {formatVnDate(d.date)} của {d.issuer} {d.title}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>I. Mục đích, yêu cầu</h3>
      <p className="prose">{content.purpose || '—'}</p>
      <h3>II. Nội dung, nhiệm vụ</h3>
      <p className="prose">{content.tasks || '—'}</p>
      <h3>III. Tổ chức thực hiện</h3>
      <p className="prose">{content.organization || '—'}</p>
    </article>
  );
}
