import { describe, expect, it } from 'vitest';
import { revealRow, virtualWindow } from './virtual-window.js';

describe('virtualWindow', () => {
  it('an empty list renders nothing and takes no space', () => {
    expect(virtualWindow({ rowCount: 0, rowHeight: 30, scrollTop: 0, viewport: 500 })).toEqual({
      start: 0,
      end: 0,
      offset: 0,
      after: 0,
      total: 0,
    });
  });

  it('a negative scroll (overscroll bounce) reads as the top', () => {
    const top = virtualWindow({ rowCount: 1000, rowHeight: 30, scrollTop: 0, viewport: 300, overscan: 4 });
    expect(
      virtualWindow({ rowCount: 1000, rowHeight: 30, scrollTop: -80, viewport: 300, overscan: 4 }),
    ).toEqual(top);
  });

  it('a scroller not laid out yet (no height) still renders the first row and the overscan', () => {
    expect(
      virtualWindow({ rowCount: 1000, rowHeight: 30, scrollTop: 0, viewport: 0, overscan: 4 }),
    ).toMatchObject({ start: 0, end: 5 });
  });

  it('a zero or negative row height does not divide by zero', () => {
    const win = virtualWindow({ rowCount: 50, rowHeight: 0, scrollTop: 10, viewport: 5, overscan: 2 });
    expect(win.start).toBeGreaterThanOrEqual(0);
    expect(win.end).toBeLessThanOrEqual(50);
    expect(win.end).toBeGreaterThan(win.start);
  });

  it('an estimated (fractional) row height keeps the rows in view inside the window', () => {
    const rowHeight = 61.75;
    const scrollTop = 20_000;
    const viewport = 480;
    const win = virtualWindow({ rowCount: 1000, rowHeight, scrollTop, viewport, overscan: 3 });
    expect(win.start * rowHeight).toBeLessThanOrEqual(scrollTop);
    expect(win.end * rowHeight).toBeGreaterThanOrEqual(scrollTop + viewport);
    expect(win.offset).toBeCloseTo(win.start * rowHeight);
    expect(win.total).toBeCloseTo(1000 * rowHeight);
  });

  it('the spaces above and below and the rows rendered add up to the whole list', () => {
    const rowHeight = 41.5;
    const win = virtualWindow({ rowCount: 1000, rowHeight, scrollTop: 9_000, viewport: 480, overscan: 8 });
    expect(win.after).toBeCloseTo((1000 - win.end) * rowHeight);
    expect(win.offset + (win.end - win.start) * rowHeight + win.after).toBeCloseTo(win.total);
  });

  it('the window size does not depend on the list length (bounded DOM)', () => {
    const sizes = [1000, 10_000, 100_000].map((rowCount) => {
      const win = virtualWindow({ rowCount, rowHeight: 40, scrollTop: 8000, viewport: 400, overscan: 8 });
      return win.end - win.start;
    });
    expect(new Set(sizes).size).toBe(1);
    expect(sizes[0]).toBe(11 + 16);
  });
});

describe('revealRow', () => {
  it('keeps the scroll position when the row is already fully in view', () => {
    expect(revealRow({ index: 3, rowHeight: 40, scrollTop: 0, viewport: 400 })).toBe(0);
  });

  it('scrolls up to a row above the view and down to one below it', () => {
    expect(revealRow({ index: 2, rowHeight: 40, scrollTop: 400, viewport: 400 })).toBe(80);
    expect(revealRow({ index: 20, rowHeight: 40, scrollTop: 0, viewport: 400 })).toBe(440);
  });
});
