import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Suspense, useMemo } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { MonitorView } from '../../routes';
import { trpc } from '../../trpc';
import { usePrinting } from '../../usePrinting';
import { type GridTreeRow, toGridTree } from './gridTree';
import { IndicatorsChart } from './lazyCharts';
import { formatAchieved, formatFigure, levelName } from './indicatorFormat';
import type { MonitorIndicators } from './monitorTypes';

type Row = MonitorIndicators['rows'][number];
type Figure = { value: number | null; target: number | null; achieved: number | null };

const figureColumns = (
  indicators: MonitorIndicators['indicators'],
  figuresOf: (row: never) => Record<string, Figure>,
) =>
  indicators.map((indicator) => ({
    title: indicator.label,
    children: [
      { title: 'Kết quả', key: `${indicator.key}.value`, align: 'right' as const, width: 100 },
      { title: 'Mục tiêu', key: `${indicator.key}.target`, align: 'right' as const, width: 100 },
      { title: '% đạt', key: `${indicator.key}.achieved`, align: 'right' as const, width: 90 },
    ].map((column) => ({
      ...column,
      render: (_: unknown, row: never) => {
        const figure = figuresOf(row)[indicator.key];
        if (!figure) return '—';
        if (column.key.endsWith('.achieved')) return formatAchieved(figure.achieved);
        return formatFigure(column.key.endsWith('.value') ? figure.value : figure.target);
      },
    })),
  }));

/** One round's indicators against targets: by level and by unit (each summed up its subtree by the indicator's rule). */
export function IndicatorsPanel({
  planId,
  view,
  setView,
}: {
  planId: string;
  view: MonitorView;
  setView: (change: Partial<MonitorView>) => void;
}) {
  const query = useQuery(trpc.monitor.indicators.queryOptions({ planId, roundKey: view.round }));
  // Printed, the tables have the page's width and every row, not a scrolled window of them.
  const isPrinting = usePrinting();
  const tree = useMemo(
    () => (query.data ? toGridTree(query.data.rows, () => [], { status: null, search: view.search }) : []),
    [query.data, view.search],
  );
  if (query.isError) return <ErrorNotice error={query.error} />;
  if (query.isPending) return <p className="loading">Đang tải…</p>;
  const data = query.data;
  if (!data.indicators.length) return <p>Kế hoạch này không có chỉ tiêu nào.</p>;
  const unitColumns: ColumnsType<GridTreeRow<Row>> = [
    { title: 'Đơn vị', dataIndex: 'unitName', fixed: 'left', width: 280 },
    { title: 'Đã báo cáo', key: 'reported', width: 100, render: (_, r) => (r.hasReported ? 'Có' : 'Chưa') },
    ...(figureColumns(data.indicators, (row: Row) => row.figures) as ColumnsType<GridTreeRow<Row>>),
  ];
  type LevelRow = MonitorIndicators['byLevel'][number];
  const levelColumns: ColumnsType<LevelRow> = [
    { title: 'Cấp', key: 'level', fixed: 'left', width: 200, render: (_, r) => levelName(r.level) },
    { title: 'Đã báo cáo', key: 'reporting', width: 110, render: (_, r) => `${r.reporting}/${r.units}` },
    ...(figureColumns(data.indicators, (row: LevelRow) => row.figures) as ColumnsType<LevelRow>),
  ];
  return (
    <div className="indicators-panel">
      <Space wrap>
        <span>Kỳ báo cáo:</span>
        <Select
          aria-label="Kỳ báo cáo"
          style={{ width: 240 }}
          value={data.round?.key}
          onChange={(round: string) => setView({ round })}
          options={data.rounds.map((r) => ({ value: r.key, label: r.label }))}
        />
      </Space>
      <Suspense fallback={<p className="loading">Đang tải biểu đồ…</p>}>
        <IndicatorsChart data={data} />
      </Suspense>
      <Typography.Title level={4}>Theo cấp</Typography.Title>
      <Table<LevelRow>
        className="indicators-by-level"
        rowKey="level"
        size="small"
        bordered
        pagination={false}
        dataSource={data.byLevel}
        columns={levelColumns}
        scroll={isPrinting ? undefined : { x: 310 + data.indicators.length * 290 }}
      />
      <Typography.Title level={4}>Theo đơn vị (cộng dồn cấp dưới theo quy tắc của từng chỉ tiêu)</Typography.Title>
      <Table<GridTreeRow<Row>>
        className="indicators-by-unit"
        rowKey="planId"
        size="small"
        bordered
        virtual={!isPrinting}
        sticky={!isPrinting}
        pagination={false}
        dataSource={tree}
        columns={unitColumns}
        expandable={{ defaultExpandedRowKeys: tree.map((r) => r.planId) }}
        scroll={isPrinting ? undefined : { x: 380 + data.indicators.length * 290, y: 560 }}
        locale={{ emptyText: 'Không có đơn vị nào khớp bộ lọc.' }}
      />
    </div>
  );
}
