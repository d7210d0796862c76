import type { TaskStatus } from '@cascade/domain';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memo, useMemo } from 'react';
import { hrefTo, type MonitorView } from '../../routes';
import { type GridTreeRow, toGridTree } from './gridTree';
import type { MonitorGrid } from './monitorTypes';
import { StatusBar } from './StatusBar';
import { StatusCell } from './StatusCell';

type Row = MonitorGrid['rows'][number];

/**
 * Units (a collapsible tree) × obligations; virtualised rows and sticky headers for a national tree. Rendered again
 * only for new data or a new view: the page around it re-renders as its other queries settle, and each render of
 * the table costs tens of milliseconds.
 */
export const CascadeGrid = memo(function CascadeGrid({
  grid,
  view,
  onOpenUnit,
}: {
  grid: MonitorGrid;
  view: MonitorView;
  /** Drill-down to one unit: its obligations, record and history. */
  onOpenUnit: (planId: string) => void;
}) {
  const tree = useMemo(
    () =>
      toGridTree(
        grid.rows,
        (row) => Object.values(grid.cells[row.planId] ?? {}).map((c) => c.status as TaskStatus),
        view,
      ),
    [grid, view],
  );
  const columns = useMemo(
    (): ColumnsType<GridTreeRow<Row>> => [
      {
        title: 'Đơn vị',
        key: 'unit',
        fixed: 'left',
        width: 300,
        render: (_, row) => (
          <div className="grid-unit">
            <a role="button" className="grid-unit-name" onClick={() => onOpenUnit(row.planId)}>
              {row.unitName}
            </a>
            {row.children?.length ? <StatusBar summary={grid.subtreeCounts[row.planId]!} /> : null}
            {row.workflowId && (
              <code className="grid-workflow" title="Workflow ID trong Temporal UI">
                {row.workflowId}
              </code>
            )}
          </div>
        ),
      },
      ...grid.columns.map((column) => ({
        title: column.label,
        key: column.key,
        width: 190,
        render: (_: unknown, row: Row) => {
          const taskId = grid.taskIds[`${row.planId}|${column.key}`];
          return (
            <StatusCell
              cell={grid.cells[row.planId]?.[column.key]}
              dates={taskId ? grid.taskDates[taskId] : undefined}
              href={hrefTo.progress(row.planId)}
            />
          );
        },
      })),
    ],
    [grid, onOpenUnit],
  );
  return (
    <Table
      className="cascade-grid"
      rowKey="planId"
      size="small"
      virtual
      sticky
      bordered
      pagination={false}
      dataSource={tree}
      columns={columns}
      expandable={{ defaultExpandedRowKeys: tree.map((r) => r.planId) }}
      scroll={{ x: 300 + grid.columns.length * 190, y: 640 }}
      locale={{ emptyText: 'Không có đơn vị nào khớp bộ lọc.' }}
    />
  );
});
