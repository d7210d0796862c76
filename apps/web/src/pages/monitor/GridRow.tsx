import { memo } from 'react';
import { hrefTo } from '../../routes';
import type { GridTreeRow } from './gridTree';
import type { MonitorGrid } from './monitorTypes';
import { StatusBar } from './StatusBar';
import { StatusCell } from './StatusCell';

export type UnitRow = GridTreeRow<MonitorGrid['rows'][number]>;

interface Props {
  grid: MonitorGrid;
  row: UnitRow;
  depth: number;
  /** Where the row sits in the scrolled body, in px (the rows are absolutely placed). */
  top: number;
  /** Undefined for a row without children. */
  expanded: boolean | undefined;
  onToggle: (planId: string) => void;
  onOpenUnit: (planId: string) => void;
}

/** One unit of the grid: its name (sticky at the left) and one status cell per obligation. */
export const GridRow = memo(function GridRow({ grid, row, depth, top, expanded, onToggle, onOpenUnit }: Props) {
  return (
    <div role="row" className="grid-row" style={{ transform: `translateY(${top}px)` }}>
      <div role="rowheader" className="grid-cell grid-unit-cell" style={{ paddingLeft: 8 + depth * 16 }}>
        {expanded === undefined ? (
          <span className="grid-toggle" />
        ) : (
          <button
            type="button"
            className="grid-toggle"
            aria-expanded={expanded}
            aria-label={expanded ? 'Thu gọn dòng' : 'Mở rộng dòng'}
            onClick={() => onToggle(row.planId)}
          >
            {expanded ? '−' : '+'}
          </button>
        )}
        <div className="grid-unit">
          <button type="button" className="grid-unit-name" title={row.unitName} onClick={() => onOpenUnit(row.planId)}>
            {row.unitName}
          </button>
          {row.children?.length ? <StatusBar summary={grid.subtreeCounts[row.planId]!} /> : null}
          {row.workflowId && (
            <code className="grid-workflow" title="Workflow ID trong Temporal UI">
              {row.workflowId}
            </code>
          )}
        </div>
      </div>
      {grid.columns.map((column) => {
        const taskId = grid.taskIds[`${row.planId}|${column.key}`];
        return (
          <div role="gridcell" className="grid-cell" key={column.key}>
            <StatusCell
              cell={grid.cells[row.planId]?.[column.key]}
              dates={taskId ? grid.taskDates[taskId] : undefined}
              href={hrefTo.progress(row.planId)}
            />
          </div>
        );
      })}
    </div>
  );
});
