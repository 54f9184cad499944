import { describe, expect, it } from 'vitest';
import { clampCell, nextCell, tabStopRow } from './grid-navigation.js';

const size = { rows: 28, lastCol: 9, page: 10 };

describe('nextCell', () => {
  it('moves cell by cell with the arrows and stops at the edges', () => {
    expect(nextCell({ key: 'ArrowRight' }, { row: 3, col: 2 }, size)).toEqual({ row: 3, col: 3 });
    expect(nextCell({ key: 'ArrowDown' }, { row: 3, col: 2 }, size)).toEqual({ row: 4, col: 2 });
    expect(nextCell({ key: 'ArrowLeft' }, { row: 3, col: 0 }, size)).toEqual({ row: 3, col: 0 });
    expect(nextCell({ key: 'ArrowUp' }, { row: 0, col: 4 }, size)).toEqual({ row: 0, col: 4 });
    expect(nextCell({ key: 'ArrowRight' }, { row: 27, col: 9 }, size)).toEqual({ row: 27, col: 9 });
  });

  it('goes to the row start and end with Home/End, to the grid corners with Ctrl or Cmd', () => {
    expect(nextCell({ key: 'Home' }, { row: 5, col: 4 }, size)).toEqual({ row: 5, col: 0 });
    expect(nextCell({ key: 'End' }, { row: 5, col: 4 }, size)).toEqual({ row: 5, col: 9 });
    expect(nextCell({ key: 'Home', ctrlKey: true }, { row: 5, col: 4 }, size)).toEqual({ row: 0, col: 0 });
    expect(nextCell({ key: 'End', metaKey: true }, { row: 5, col: 4 }, size)).toEqual({ row: 27, col: 9 });
  });

  it('pages by the given number of rows, clamped', () => {
    expect(nextCell({ key: 'PageDown' }, { row: 5, col: 1 }, size)).toEqual({ row: 15, col: 1 });
    expect(nextCell({ key: 'PageDown' }, { row: 25, col: 1 }, size)).toEqual({ row: 27, col: 1 });
    expect(nextCell({ key: 'PageUp' }, { row: 5, col: 1 }, size)).toEqual({ row: 0, col: 1 });
  });

  it('ignores other keys and empty grids', () => {
    expect(nextCell({ key: 'a' }, { row: 0, col: 0 }, size)).toBeUndefined();
    expect(nextCell({ key: 'Tab' }, { row: 0, col: 0 }, size)).toBeUndefined();
    expect(nextCell({ key: 'ArrowDown' }, { row: 0, col: 0 }, { ...size, rows: 0 })).toBeUndefined();
  });
});

describe('clampCell', () => {
  it('keeps a cell inside the grid as the same object', () => {
    const cell = { row: 3, col: 9 };
    expect(clampCell(cell, 28, 9)).toBe(cell);
  });

  it('pulls a cell beyond the last row or column back to it, and to row 0 when there are no rows', () => {
    expect(clampCell({ row: 27, col: 4 }, 3, 9)).toEqual({ row: 2, col: 4 });
    expect(clampCell({ row: 1, col: 11 }, 28, 9)).toEqual({ row: 1, col: 9 });
    expect(clampCell({ row: 5, col: 1 }, 0, 9)).toEqual({ row: 0, col: 1 });
  });
});

describe('tabStopRow', () => {
  it('is the active row when rendered, else the first rendered row', () => {
    expect(tabStopRow(12, 10, 40)).toBe(12);
    expect(tabStopRow(10, 10, 40)).toBe(10);
    expect(tabStopRow(40, 10, 40)).toBe(10);
    expect(tabStopRow(3, 10, 40)).toBe(10);
  });
});
