import { Button } from 'antd';
import { useState } from 'react';
import { StatusBadge } from '../../components/StatusBadge';
import { formatVnDay } from '../../dates';
import { formatIndicatorValue } from '../../numbers';
import type { ConsolidatedReport, ReportIndicator } from './reportTypes';
import { ReportReturnForm } from './ReportReturnForm';

interface ConsolidationRowProps {
  report: ConsolidatedReport;
  indicators: ReportIndicator[];
  canReturn: boolean;
}

export function ConsolidationRow({ report, indicators, canReturn }: ConsolidationRowProps) {
  const [isReturning, setReturning] = useState(false);
  const isReturnable = canReturn && !report.returnedReason;
  const columnCount = indicators.length + (canReturn ? 5 : 4);
  return (
    <>
      <tr>
        <th scope="row">{report.unitName}</th>
        <td>
          <ReportStatus report={report} />
        </td>
        {indicators.map((indicator) => (
          <td key={indicator.key} className="number">
            {formatIndicatorValue(report.values?.[indicator.key])}
          </td>
        ))}
        <td className="nowrap">{formatVnDay(report.submittedAt)}</td>
        <td>
          {report.submittedAt && (
            <Button
              type="link"
              size="small"
              href={`/documents/reports/${encodeURIComponent(report.taskId)}`}
              download
              aria-label={`Tải báo cáo của ${report.unitName} (.docx)`}
            >
              Tải .docx
            </Button>
          )}
        </td>
        {canReturn && (
          <td>
            {isReturnable && !isReturning && (
              <button type="button" className="button-secondary button-small" onClick={() => setReturning(true)}>
                Trả lại
              </button>
            )}
          </td>
        )}
      </tr>
      {isReturning && (
        <tr className="row-form">
          <td colSpan={columnCount}>
            <ReportReturnForm taskId={report.taskId} unitName={report.unitName} onDone={() => setReturning(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

function ReportStatus({ report }: { report: ConsolidatedReport }) {
  if (report.returnedReason) {
    return (
      <>
        <span className="badge badge-returned">Bị trả lại</span>
        <div className="muted">{report.returnedReason}</div>
      </>
    );
  }
  return report.status ? <StatusBadge status={report.status} /> : null;
}
