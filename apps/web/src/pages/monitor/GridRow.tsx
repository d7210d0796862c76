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
  /** The row's place among the rows shown (0 is the first unit). */
  index: number;
  /** Its place in the tree: depth from 0, and among its siblings (primitives, so that the memo holds). */
  depth: number;
  setSize: number;
  posInSet: number;
  /** Where the row sits in the scrolled body, in px (the rows are absolutely placed); undefined when printed. */
  top: number | undefined;
  /** Undefined for a row without children. */
  expanded: boolean | undefined;
  /** The column of the grid's one tab stop when it is in this row. */
  tabbableCol: number | null;
  onToggle: (planId: string) => void;
  onOpenUnit: (planId: string) => void;
}

/** One unit of the grid: its name (sticky at the left) and one status cell per obligation. */
export const GridRow = memo(function GridRow(props: Props) {
  const { grid, row, index, depth, top, expanded, tabbableCol, onToggle, onOpenUnit } = props;
  const tabIndexOf = (col: number) => (tabbableCol === col ? 0 : -1);
  return (
    <div
      role="row"
      className="grid-row"
      data-row={index}
      aria-rowindex={index + 2}
      aria-level={depth + 1}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      aria-expanded={expanded}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
    >
      <div
        role="rowheader"
        className="grid-cell grid-unit-cell"
        data-col={0}
        tabIndex={tabIndexOf(0)}
        style={{ paddingLeft: 8 + depth * 16 }}
      >
        {expanded === undefined ? (
          <span className="grid-toggle" />
        ) : (
          <button
            type="button"
            className="grid-toggle"
            tabIndex={-1}
            aria-label={expanded ? 'Thu gọn dòng' : 'Mở rộng dòng'}
            onClick={() => onToggle(row.planId)}
          >
            {expanded ? '−' : '+'}
          </button>
        )}
        <div className="grid-unit">
          <button
            type="button"
            className="grid-unit-name"
            tabIndex={-1}
            title={row.unitName}
            onClick={() => onOpenUnit(row.planId)}
          >
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
      {grid.columns.map((column, i) => {
        const taskId = grid.taskIds[`${row.planId}|${column.key}`];
        return (
          <div role="gridcell" className="grid-cell" key={column.key} data-col={i + 1} tabIndex={tabIndexOf(i + 1)}>
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
