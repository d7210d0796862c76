import { formatVnDate } from '@cascade/domain';
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Card, Descriptions, List } from 'antd';
import { DocumentActions } from '../components/DocumentActions';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatVnDay } from '../dates';
import { formatIndicatorValue } from '../numbers';
import { hrefTo } from '../routes';
import { trpc } from '../trpc';
import { PlanDocumentView } from './PlanDocumentView';

/** A plan as its readers see it: read-only, with the plans above it and what it asks of the reader's unit. */
export function PlanReadPage({ planId }: { planId: string }) {
  const query = useQuery(trpc.plans.read.queryOptions({ planId }));
  if (query.isPending) return <p className="loading">Đang tải…</p>;
  if (query.isError) return <ErrorNotice error={query.error} />;
  const plan = query.data;
  const chainItems = [
    ...plan.chain.map((p) => ({
      title: <a href={hrefTo.plan(p.id)}>{p.documentNumber ? `${p.documentNumber} — ${p.issuerName}` : p.title}</a>,
    })),
    { title: plan.issue ? `${plan.issue.documentNumber} — ${plan.issuerName}` : plan.title },
  ];
  return (
    <section className="plan-read">
      <Breadcrumb className="no-print" aria-label="Chuỗi kế hoạch" items={chainItems} />
      <div className="page-title no-print">
        <h1>{plan.title}</h1>
      </div>
      <Descriptions
        className="no-print"
        size="small"
        column={1}
        bordered
        aria-label="Thông tin văn bản"
        items={[
          { key: 'issuer', label: 'Cơ quan ban hành', children: plan.issuerName },
          { key: 'number', label: 'Số, ký hiệu', children: plan.issue?.documentNumber ?? 'Chưa ban hành' },
          { key: 'date', label: 'Ngày ban hành', children: plan.issue ? formatVnDate(plan.issue.issuedOn) : '—' },
          {
            key: 'signer',
            label: 'Người ký',
            children: plan.issue
              ? `${plan.issue.signingCapacity} ${plan.issue.signerTitle} ${plan.issue.signerName}`
              : '—',
          },
        ]}
      />
      {plan.asks && (
        <Card size="small" title="Kế hoạch này giao cho đơn vị bạn" className="plan-asks no-print">
          {plan.asks.subPlanDueOn && (
            <p>Ban hành kế hoạch triển khai trước ngày {formatVnDate(plan.asks.subPlanDueOn)}.</p>
          )}
          <List
            size="small"
            dataSource={plan.asks.tasks}
            renderItem={(t) => (
              <List.Item>
                <a href={hrefTo.task(t.id)}>{t.title}</a> — hạn {formatVnDay(t.dueAt)}
              </List.Item>
            )}
          />
        </Card>
      )}
      {plan.targets.length > 0 && (
        <Card size="small" title="Chỉ tiêu" className="plan-targets no-print">
          <List
            size="small"
            dataSource={plan.targets}
            renderItem={(t) => (
              <List.Item>
                {t.label}: {t.target === null ? 'không đặt chỉ tiêu' : formatIndicatorValue(t.target)}
              </List.Item>
            )}
          />
        </Card>
      )}
      {plan.issue && <DocumentActions href={`/documents/plans/${encodeURIComponent(plan.id)}`} label="kế hoạch" />}
      <PlanDocumentView plan={plan} />
    </section>
  );
}
