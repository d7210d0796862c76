import { formatVnDate, roundNotOpenNotice } from '@cascade/domain';
import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { hrefTo } from '../../routes';
import { trpc } from '../../trpc';
import type { TaskDetails } from '../taskDetails';
import { AwaitingSignOff } from './AwaitingSignOff';
import { ConsolidationTable } from './ConsolidationTable';
import { ReportForm } from './ReportForm';
import { reportFormDefaults } from './reportFormValues';
import { ReportRoundFacts } from './ReportRoundFacts';
import type { ReportDetails } from './reportTypes';
import { SubmittedReport } from './SubmittedReport';

interface ReportTaskPageProps {
  task: TaskDetails['task'];
  planTitle: string;
  /** The tổng kết closed the plan year: nothing more is sent or returned. */
  isYearClosed: boolean;
  /** Set when the viewer's unit consolidates this report as the issuer's focal unit. */
  focalUnitName: string | null;
  report: ReportDetails;
}

export function ReportTaskPage({ task, planTitle, isYearClosed, focalUnitName, report }: ReportTaskPageProps) {
  // The unit's own plan: its sub-plans' reports for this round are what this report consolidates.
  const consolidation = useQuery(
    trpc.reports.consolidation.queryOptions({ planId: task.planId, roundKey: report.round.key }),
  );
  const subordinates = consolidation.data;
  const aggregates = subordinates?.reports.some((r) => r.values !== null) ? subordinates.aggregates : null;
  const isReturned = task.returnedReason !== null;
  const { signOff } = report;
  const isAwaitingSignOff = signOff?.state === 'pending' && !isYearClosed;
  // The leader's return is newer than anything sent: the officer revises what was submitted, not the last report sent.
  const isReturnedBySigner = signOff?.state === 'returned';

  return (
    <section>
      <p className="breadcrumb">
        <a href={hrefTo.inbox()}>Việc cần làm</a> › Báo cáo
      </p>
      <div className="page-title">
        <h1>{report.round.label}</h1>
        <StatusBadge
          status={task.status}
          isReturned={isReturned}
          isClosed={task.state === 'closed'}
          isNotYetOpen={report.opensOn !== null}
        />
      </div>
      <ReportRoundFacts
        round={report.round}
        planTitle={planTitle}
        unitName={focalUnitName ? `${task.unitName} — ${focalUnitName} tổng hợp (đơn vị đầu mối)` : task.unitName}
        dueAt={task.dueAt}
      />
      {isYearClosed && (
        <p className="notice notice-warning">Năm kế hoạch đã kết thúc (đã tổng kết): không nhận thêm báo cáo.</p>
      )}
      {report.opensOn && !isYearClosed && (
        <p className="notice notice-warning" role="status">
          {roundNotOpenNotice(report.opensOn)}. Có thể xem và soạn trước (bản nháp được tự động lưu), nhưng chỉ gửi được
          báo cáo từ ngày {formatVnDate(report.opensOn)}.
        </p>
      )}
      {isReturned && (
        <p className="notice notice-warning" role="alert">
          Báo cáo bị trả lại: {task.returnedReason}
        </p>
      )}
      {isReturnedBySigner && !isYearClosed && (
        <p className="notice notice-warning" role="alert">
          Lãnh đạo trả lại báo cáo: {signOff.returnedReason}
        </p>
      )}
      {isAwaitingSignOff ? (
        <AwaitingSignOff taskId={task.id} report={report} signOff={signOff} />
      ) : report.latest && (!isReturned || isYearClosed) ? (
        <SubmittedReport
          taskId={task.id}
          report={report}
          latest={report.latest}
          status={task.status}
          signedOff={signOff?.state === 'signed' ? signOff : null}
        />
      ) : isYearClosed ? null : consolidation.isPending ? (
        <p className="loading">Đang tải số liệu của đơn vị cấp dưới…</p>
      ) : (
        <ReportForm
          taskId={task.id}
          report={report}
          aggregates={aggregates}
          isConsolidation={Boolean(subordinates && subordinates.reports.length > 0)}
          opensOn={report.opensOn}
          defaultValues={reportFormDefaults({
            indicatorKeys: report.indicators.map((i) => i.key),
            hasReview: Boolean(report.round.review),
            questions: report.form,
            latest: isReturnedBySigner ? { review: null, ...signOff.submission } : report.latest,
            aggregates,
          })}
        />
      )}
      <ErrorNotice error={consolidation.error} />
      {subordinates && subordinates.reports.length > 0 && (
        <section className="card" aria-label="Tổng hợp từ đơn vị cấp dưới">
          <h2>Tổng hợp từ đơn vị cấp dưới</h2>
          <ConsolidationTable consolidation={subordinates} canReturn={!isYearClosed} />
        </section>
      )}
    </section>
  );
}
