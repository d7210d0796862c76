import { formatIndicatorValue } from '../../numbers';
import { ConsolidatedAnswers } from './ConsolidatedAnswers';
import { ConsolidationRow } from './ConsolidationRow';
import type { Consolidation } from './reportTypes';

/** Tổng hợp từ đơn vị cấp dưới: each report that arrived, the totals by each indicator's rule, and who is still missing. */
export function ConsolidationTable({ consolidation, canReturn }: { consolidation: Consolidation; canReturn: boolean }) {
  const { indicators, aggregates, missing } = consolidation;
  const received = consolidation.reports.filter((r) => r.values !== null);
  return (
    <>
      {received.length === 0 ? (
        <p className="empty">Chưa có đơn vị nào gửi báo cáo.</p>
      ) : (
        <div className="table-scroll">
          <table className="table consolidation">
            <thead>
              <tr>
                <th>Đơn vị</th>
                <th>Trạng thái</th>
                {indicators.map((indicator) => (
                  <th key={indicator.key} className="number">
                    {indicator.label}
                    {indicator.target !== null && (
                      <div className="th-note">Chỉ tiêu: {formatIndicatorValue(indicator.target)}</div>
                    )}
                  </th>
                ))}
                <th>Ngày gửi</th>
                <th>Văn bản</th>
                {canReturn && <th />}
              </tr>
            </thead>
            <tbody>
              {received.map((report) => (
                <ConsolidationRow key={report.unitId} report={report} indicators={indicators} canReturn={canReturn} />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Tổng hợp ({received.length} đơn vị)
                </th>
                {indicators.map((indicator) => (
                  <td key={indicator.key} className="number">
                    {formatIndicatorValue(aggregates[indicator.key])}
                  </td>
                ))}
                <td colSpan={canReturn ? 3 : 2} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className={missing.length ? 'missing' : 'muted'}>
        {missing.length ? `Chưa báo cáo: ${missing.join(', ')}` : 'Tất cả đơn vị đã gửi báo cáo.'}
      </p>
      <ConsolidatedAnswers consolidation={consolidation} />
    </>
  );
}
