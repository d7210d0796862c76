import { describe, expect, it } from 'vitest';
import { gridKeyAction } from './gridKeys';

// A province (expanded), a district (collapsed), a commune under the province, a department without children.
const rows = [
  { depth: 0, expanded: true },
  { depth: 1, expanded: false },
  { depth: 1, expanded: true },
  { depth: 2, expanded: undefined },
];
const press = (key: string, row: number, col: number, ctrlKey = false) =>
  gridKeyAction({ key, ctrlKey }, { row, col }, rows, 4);

describe('gridKeyAction (treegrid keys)', () => {
  it('moves between cells with the arrows, staying inside the grid', () => {
    expect(press('ArrowDown', 0, 2)).toEqual({ kind: 'move', to: { row: 1, col: 2 } });
    expect(press('ArrowUp', 0, 2)).toEqual({ kind: 'move', to: { row: 0, col: 2 } });
    expect(press('ArrowRight', 3, 3)).toEqual({ kind: 'move', to: { row: 3, col: 3 } });
    expect(press('ArrowLeft', 3, 2)).toEqual({ kind: 'move', to: { row: 3, col: 1 } });
    expect(press('End', 1, 0, true)).toEqual({ kind: 'move', to: { row: 3, col: 3 } });
    expect(press('Home', 2, 3)).toEqual({ kind: 'move', to: { row: 2, col: 0 } });
  });

  it('expands and collapses on the unit cell, and goes up to the parent from a leaf or a collapsed row', () => {
    expect(press('ArrowRight', 1, 0)).toEqual({ kind: 'toggle', row: 1 });
    expect(press('ArrowRight', 2, 0)).toEqual({ kind: 'move', to: { row: 2, col: 1 } });
    expect(press('ArrowLeft', 2, 0)).toEqual({ kind: 'toggle', row: 2 });
    expect(press('ArrowLeft', 3, 0)).toEqual({ kind: 'move', to: { row: 2, col: 0 } });
    expect(press('ArrowLeft', 1, 0)).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
  });

  it('opens the cell on Enter and leaves other keys alone', () => {
    expect(press('Enter', 2, 1)).toEqual({ kind: 'open' });
    expect(press('a', 2, 1)).toBeUndefined();
  });
});
