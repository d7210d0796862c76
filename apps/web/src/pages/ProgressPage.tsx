import { Button } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { StatusBadge } from '../components/StatusBadge';
import { formatVnDay } from '../dates';
import { orderAsTree } from '../planTree';
import { hrefTo } from '../routes';
import { type CurrentUser, canRequestAdhocReport } from '../session';
import { trpc } from '../trpc';
import { AdhocReportForm } from './AdhocReportForm';
import { ProgressSummary } from './ProgressSummary';
import { ReportRoundsList } from './ReportRoundsList';
import { RoundConsolidations } from './report/RoundConsolidations';

const cascadePendingPollMs = 2_000;
const watchPollMs = 30_000;

export function ProgressPage({ planId, user }: { planId: string; user: CurrentUser }) {
  const [isRequestingAdhoc, setRequestingAdhoc] = useState(false);
  const progress = useQuery({
    ...trpc.plans.progress.queryOptions({ planId }),
    // The sub-plans are created by the workflow just after issuing; until they appear, look again soon.
    refetchInterval: (query) => {
      const nodes = query.state.data?.nodes ?? [];
      const root = nodes.find((n) => n.planId === planId);
      return root?.issue?.subPlanDueOn && nodes.length === 1 ? cascadePendingPollMs : watchPollMs;
    },
  });
  if (progress.isPending) return <p className="loading">Đang tải…</p>;
  if (progress.isError) return <ErrorNotice error={progress.error} />;
  const { nodes, summary } = progress.data;
  const root = nodes.find((n) => n.planId === planId);
  const isYearClosed = root?.planStatus === 'closed';

  return (
    <section>
      <p className="breadcrumb">
        <a href={hrefTo.plans()}>Theo dõi</a> › Tiến độ
      </p>
      <div className="page-title">
        <h1>Tiến độ triển khai</h1>
        {root?.issue && !isYearClosed && canRequestAdhocReport(user, root.unitId) && !isRequestingAdhoc && (
          <button type="button" onClick={() => setRequestingAdhoc(true)}>
            Yêu cầu báo cáo đột xuất
          </button>
        )}
      </div>
      {root && (
        <p className="muted">
          {root.title} · {root.unitName}
          {root.documentNumber && ` · Số ${root.documentNumber}`}
        </p>
      )}
      {isYearClosed && <p className="notice notice-warning">Năm kế hoạch đã kết thúc (đã tổng kết).</p>}
      {isRequestingAdhoc && <AdhocReportForm planId={planId} onClose={() => setRequestingAdhoc(false)} />}
      <ProgressSummary summary={summary} />
      <table className="table tree">
        <thead>
          <tr>
            <th>Đơn vị</th>
            <th>Số, ký hiệu</th>
            <th>Hạn ban hành</th>
            <th>Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {orderAsTree(nodes).map(({ node, depth }) => (
            <tr key={node.planId}>
              <td style={{ paddingLeft: `${0.75 + depth * 1.5}rem` }}>
                {depth > 0 && (
                  <span className="tree-branch" aria-hidden="true">
                    └{' '}
                  </span>
                )}
                {node.unitName}
              </td>
              <td>
                {node.documentNumber ? (
                  <Button
                    type="link"
                    size="small"
                    href={`/documents/plans/${encodeURIComponent(node.planId)}`}
                    download
                    aria-label={`Tải kế hoạch ${node.documentNumber} của ${node.unitName} (.docx)`}
                  >
                    {node.documentNumber}
                  </Button>
                ) : (
                  '—'
                )}
              </td>
              <td className="nowrap">{formatVnDay(node.dueAt)}</td>
              <td>
                <StatusBadge
                  status={node.status}
                  isClosed={node.planStatus === 'closed' && node.completedAt === null}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {nodes.length === 1 && <p className="empty">Chưa có đơn vị cấp dưới nào phải triển khai kế hoạch này.</p>}
      {root?.issue && <ReportRoundsList rounds={progress.data.rounds} />}
      {root?.issue && (
        <RoundConsolidations
          planId={planId}
          roundKeys={progress.data.rounds.map((r) => r.key)}
          canReturn={root.unitId === user.unitId && !isYearClosed}
        />
      )}
    </section>
  );
}
