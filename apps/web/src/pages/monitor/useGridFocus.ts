import { type FocusEvent, type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { gridKeyAction } from './gridKeys';

interface Row {
  planId: string;
  depth: number;
  expanded: boolean | undefined;
}

/**
 * The tree grid's one tab stop (a roving tabindex): the cell last focused, moved by the keys of `gridKeyAction`. A cell
 * scrolled out of the virtual window is brought back (`scrollToRow`) before it takes the focus.
 */
export function useGridFocus(
  rows: readonly Row[],
  columnCount: number,
  scroller: RefObject<HTMLDivElement | null>,
  actions: { toggle: (planId: string) => void; scrollToRow: (index: number) => void },
) {
  const [active, setActive] = useState<{ planId: string; col: number } | null>(null);
  const found = active ? rows.findIndex((r) => r.planId === active.planId) : 0;
  const at = { row: Math.max(found, 0), col: found >= 0 ? (active?.col ?? 0) : 0 };
  const wantsFocus = useRef(false);

  useEffect(() => {
    if (!wantsFocus.current) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-row="${at.row}"] [data-col="${at.col}"]`);
    if (cell) {
      wantsFocus.current = false;
      cell.focus();
    } else actions.scrollToRow(at.row);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = gridKeyAction(event, at, rows, columnCount);
    // Enter on a link inside the cell follows that link by itself.
    if (!action || (action.kind === 'open' && !(event.target as HTMLElement).dataset.col)) return;
    event.preventDefault();
    if (action.kind === 'toggle') actions.toggle(rows[action.row]!.planId);
    else if (action.kind === 'open')
      (event.target as HTMLElement).querySelector<HTMLElement>('a[href], .grid-unit-name')?.click();
    else {
      wantsFocus.current = true;
      setActive({ planId: rows[action.to.row]!.planId, col: action.to.col });
    }
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
    const row = rows[Number(cell?.closest<HTMLElement>('[data-row]')?.dataset.row)];
    const col = Number(cell?.dataset.col);
    if (row)
      setActive((before) =>
        before?.planId === row.planId && before.col === col ? before : { planId: row.planId, col },
      );
  };

  return { at, onKeyDown, onFocus };
}
