/** A cell of the tree grid: its row among the rows shown, and its column (0 is the unit's cell). */
export interface GridCellPosition {
  row: number;
  col: number;
}

export type GridKeyAction = { kind: 'move'; to: GridCellPosition } | { kind: 'toggle'; row: number } | { kind: 'open' };

interface RowShape {
  depth: number;
  /** Undefined for a row without children. */
  expanded: boolean | undefined;
}

/**
 * What a key does in the tree grid (WAI-ARIA's treegrid pattern): arrows move between cells; on the unit's cell Right
 * expands a collapsed row and Left collapses an expanded one, or goes up to its parent; Enter opens the cell's link.
 */
export function gridKeyAction(
  key: { key: string; ctrlKey: boolean },
  at: GridCellPosition,
  rows: readonly RowShape[],
  columnCount: number,
): GridKeyAction | undefined {
  const row = rows[at.row];
  if (!row) return undefined;
  const move = (to: GridCellPosition): GridKeyAction => ({
    kind: 'move',
    to: { row: Math.min(Math.max(to.row, 0), rows.length - 1), col: Math.min(Math.max(to.col, 0), columnCount - 1) },
  });
  switch (key.key) {
    case 'ArrowDown':
      return move({ row: at.row + 1, col: at.col });
    case 'ArrowUp':
      return move({ row: at.row - 1, col: at.col });
    case 'Home':
      return move({ row: key.ctrlKey ? 0 : at.row, col: 0 });
    case 'End':
      return move({ row: key.ctrlKey ? rows.length - 1 : at.row, col: columnCount - 1 });
    case 'Enter':
      return { kind: 'open' };
    case 'ArrowRight':
      return at.col === 0 && row.expanded === false
        ? { kind: 'toggle', row: at.row }
        : move({ ...at, col: at.col + 1 });
    case 'ArrowLeft': {
      if (at.col > 0) return move({ ...at, col: at.col - 1 });
      if (row.expanded) return { kind: 'toggle', row: at.row };
      const parent = rows.findLastIndex((r, i) => i < at.row && r.depth < row.depth);
      return parent >= 0 ? move({ row: parent, col: 0 }) : undefined;
    }
    default:
      return undefined;
  }
}
