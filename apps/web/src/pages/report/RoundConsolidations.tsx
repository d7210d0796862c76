import { useQueries } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { isNotFound } from '../../errors';
import { trpc } from '../../trpc';
import { ConsolidationTable } from './ConsolidationTable';
import { formatCutoff } from './roundLabels';

/** Tổng hợp báo cáo on the progress page: for each round, the direct subordinates' reports on this plan. */
export function RoundConsolidations({
  planId,
  roundKeys,
  canReturn,
}: {
  planId: string;
  roundKeys: string[];
  canReturn: boolean;
}) {
  const rounds = useQueries({
    queries: roundKeys.map((roundKey) => trpc.reports.consolidation.queryOptions({ planId, roundKey })),
  });
  const shown = rounds.flatMap((r) => (r.data && r.data.reports.length > 0 ? [r.data] : []));
  const error = rounds.find((r) => r.error && !isNotFound(r.error))?.error;
  if (shown.length === 0 && !error) return null;

  return (
    <section className="consolidations">
      <h2>Tổng hợp báo cáo</h2>
      <ErrorNotice error={error} />
      {shown.map((consolidation) => (
        <section key={consolidation.round.key} className="card" aria-label={consolidation.round.label}>
          <div className="card-title">
            <h3>{consolidation.round.label}</h3>
            <span className="muted">Kỳ báo cáo: {formatCutoff(consolidation.round.cutoff)}</span>
          </div>
          <ConsolidationTable consolidation={consolidation} canReturn={canReturn} />
        </section>
      ))}
    </section>
  );
}
