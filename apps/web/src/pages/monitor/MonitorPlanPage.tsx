import { decodeMonitorGrid, taskStatusLabels } from '@cascade/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Input, Select, Space, Tabs, Typography } from 'antd';
import { type ReactNode, Suspense, useCallback, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorMessage } from '../../errors';
import { gridFetchOptions, takePreloadedGrid } from '../../gridPreload';
import { hrefTo, type MonitorView, navigate } from '../../routes';
import { trpc } from '../../trpc';
import { usePrinting } from '../../usePrinting';
import { CascadeGrid } from './CascadeGrid';
import { downloadBase64 } from './exportWorkbook';
import { IndicatorsPanel, OverduePanel, RatesPanel, TimelinePanel, UnitDrawer } from './lazyPanels';
import { PrintHeading } from './PrintHeading';
import { statusOrder } from './statusColors';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tabLabels: Record<MonitorView['tab'], string> = {
  grid: 'Tình trạng',
  rates: 'Tỷ lệ báo cáo',
  indicators: 'Chỉ tiêu',
  timeline: 'Dòng thời gian',
  overdue: 'Quá hạn, đôn đốc',
};

/** A lazily loaded part, with a note in its place while its code arrives. */
const loading = (part: ReactNode) => <Suspense fallback={<p className="loading">Đang tải…</p>}>{part}</Suspense>;

/** One plan's cascade: the grid, the rates, the indicators, the timelines, the overdue list; the view lives in the URL. */
export function MonitorPlanPage({ planId, view }: { planId: string; view: MonitorView }) {
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  // The grid the app preloaded for the address it opened with is not fetched again on its first showing.
  const [isPreloaded] = useState(() => takePreloadedGrid(planId));
  // The answer's compact obligations are read into cells and dates once per answer.
  const grid = useQuery(
    trpc.monitor.grid.queryOptions({ planId }, { ...gridFetchOptions(isPreloaded), select: decodeMonitorGrid }),
  );
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 1_000 }));
  const isPrinting = usePrinting();
  const setView = (change: Partial<MonitorView>) => navigate(hrefTo.monitorPlan(planId, { ...view, ...change }));
  // The same function while the view stays: the grid is memoised on it.
  const openUnit = useCallback(
    (unitPlan: string) => navigate(hrefTo.monitorPlan(planId, { ...view, unitPlan })),
    [planId, view],
  );
  const exportXlsx = async () => {
    try {
      const file = await queryClient.fetchQuery(
        trpc.monitor.exportXlsx.queryOptions({ planId, roundKey: view.round }, { staleTime: 0 }),
      );
      downloadBase64(file.fileName, file.base64, xlsxType);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  if (grid.isError) return <ErrorNotice error={grid.error} />;
  if (grid.isPending) return <p className="loading">Đang tải…</p>;
  const openRow = view.unitPlan ? grid.data.rows.find((r) => r.planId === view.unitPlan) : undefined;
  return (
    <section className="monitor-plan">
      <p className="breadcrumb">
        <a href={hrefTo.monitor()}>Giám sát</a> › {grid.data.plan.title}
      </p>
      <Typography.Title level={2}>{grid.data.plan.title}</Typography.Title>
      {isPrinting && <PrintHeading view={view} tabLabel={tabLabels[view.tab]} />}
      <Space wrap className="monitor-toolbar">
        <Input.Search
          aria-label="Tìm đơn vị"
          placeholder="Tìm đơn vị (gõ có dấu hoặc không dấu)"
          defaultValue={view.search}
          allowClear
          onSearch={(search) => setView({ search })}
          style={{ width: 320 }}
        />
        <Select
          aria-label="Tình trạng"
          value={view.status ?? ''}
          style={{ width: 260 }}
          onChange={(status: string) => setView({ status: status || null })}
          options={[
            { value: '', label: 'Mọi tình trạng' },
            ...statusOrder.map((s) => ({ value: s, label: taskStatusLabels[s] })),
          ]}
        />
        <Button onClick={() => void exportXlsx()}>Xuất Excel</Button>
        <Button onClick={() => window.print()}>In</Button>
      </Space>
      <Tabs
        activeKey={view.tab}
        onChange={(tab) => setView({ tab: tab as MonitorView['tab'] })}
        items={[
          {
            key: 'grid',
            label: tabLabels.grid,
            children: <CascadeGrid grid={grid.data} view={view} onOpenUnit={openUnit} />,
          },
          { key: 'rates', label: tabLabels.rates, children: loading(<RatesPanel grid={grid.data} />) },
          {
            key: 'indicators',
            label: tabLabels.indicators,
            children: loading(<IndicatorsPanel planId={planId} view={view} setView={setView} />),
          },
          {
            key: 'timeline',
            label: tabLabels.timeline,
            children: loading(<TimelinePanel grid={grid.data} onOpenUnit={openUnit} />),
          },
          { key: 'overdue', label: tabLabels.overdue, children: loading(<OverduePanel planId={planId} />) },
        ]}
      />
      {openRow &&
        loading(
          <UnitDrawer
            planId={openRow.planId}
            workflowId={openRow.workflowId}
            temporalWorkflowUrl={me.data?.temporalWorkflowUrl ?? null}
            onClose={() => setView({ unitPlan: null })}
          />,
        )}
    </section>
  );
}
