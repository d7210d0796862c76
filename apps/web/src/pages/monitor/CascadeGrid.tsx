import type { TaskStatus } from '@cascade/domain';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { MonitorView } from '../../routes';
import { usePrinting } from '../../usePrinting';
import { GridRow } from './GridRow';
import { shownRows, toGridTree } from './gridTree';
import type { MonitorGrid } from './monitorTypes';
import { useGridFocus } from './useGridFocus';

/** Kept in step with .grid-row's height in styles.css: fixed rows need no measuring. */
const rowHeight = 72;
const bodyHeight = 640;

/**
 * Units (a collapsible tree) × obligations, as plain elements with the roles of a tree grid: on screen only the rows in
 * view are in the page, the header row and the unit column stay in place by CSS (sticky); printed, every row shown on
 * screen (filter and collapsed parents as they are) is in the page. Rendered again only for new data or a new view:
 * the page around it re-renders as its other queries settle.
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
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => shownRows(tree, collapsed), [tree, collapsed]);
  const toggle = useCallback(
    (planId: string) =>
      setCollapsed((before) => {
        const after = new Set(before);
        if (!after.delete(planId)) after.add(planId);
        return after;
      }),
    [],
  );
  const isPrinting = usePrinting();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    // The first render already lists the rows of the first screen, before the scroller is measured.
    initialRect: { width: 0, height: bodyHeight },
  });
  const keyRows = useMemo(
    () =>
      rows.map(({ row, depth }) => ({
        planId: row.planId,
        depth,
        expanded: row.children?.length ? !collapsed.has(row.planId) : undefined,
      })),
    [rows, collapsed],
  );
  const focus = useGridFocus(keyRows, grid.columns.length + 1, scroller, {
    toggle,
    scrollToRow: (index) => virtualizer.scrollToIndex(index),
  });
  const shown = isPrinting
    ? rows.map((_, index) => ({ index, start: undefined }))
    : virtualizer.getVirtualItems().map(({ index, start }) => ({ index, start }));
  // The tab stop stays in the grid when its cell has been scrolled out of the rows in the page.
  const tabbableRow = shown.some((s) => s.index === focus.at.row) ? focus.at.row : shown[0]?.index;
  const width = isPrinting ? undefined : 300 + grid.columns.length * 190;
  return (
    <div
      ref={scroller}
      className="cascade-grid"
      role="treegrid"
      aria-label="Tình trạng thực hiện của các đơn vị"
      aria-rowcount={rows.length + 1}
      aria-colcount={grid.columns.length + 1}
      style={isPrinting ? undefined : { maxHeight: bodyHeight }}
      onKeyDown={focus.onKeyDown}
      onFocus={focus.onFocus}
    >
      <div role="rowgroup" className="grid-head" style={{ width }}>
        <div role="row" className="grid-head-row" aria-rowindex={1}>
          <div role="columnheader" className="grid-cell grid-unit-cell">
            Đơn vị
          </div>
          {grid.columns.map((column) => (
            <div role="columnheader" className="grid-cell" key={column.key}>
              {column.label}
            </div>
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="grid-empty muted">Không có đơn vị nào khớp bộ lọc.</p>
      ) : (
        <div
          role="rowgroup"
          className="grid-body"
          style={isPrinting ? undefined : { width, height: virtualizer.getTotalSize() }}
        >
          {shown.map(({ index, start }) => {
            const { row, depth, setSize, posInSet } = rows[index]!;
            return (
              <GridRow
                key={row.planId}
                grid={grid}
                row={row}
                index={index}
                depth={depth}
                setSize={setSize}
                posInSet={posInSet}
                top={start}
                expanded={keyRows[index]!.expanded}
                tabbableCol={index === tabbableRow ? focus.at.col : null}
                onToggle={toggle}
                onOpenUnit={onOpenUnit}
              />
            );
          })}
        </div>
      )}
    </div>
  );
});
