/**
 * Which rows the grid draws: the ones in sight and a screenful either side, never the whole sheet (a
 * 2,000-row plan would be 40,000 table cells, re-drawn after every batch the pane runs). Pure
 * arithmetic over the rows' top edges (`rowTops`, from gridView), so it is tested without a browser.
 */

/** Rows `top` to `bottom`, 0-based, inclusive. */
export interface RowWindow {
  readonly top: number;
  readonly bottom: number;
}

/** Rows drawn either side of those in sight, at least this many (a screenful is usually more). */
export const MIN_OVERSCAN_ROWS = 40;

/** What the grid draws before it knows its size: the first rows, as a tall screen shows them. */
export const FIRST_WINDOW: RowWindow = { top: 0, bottom: 2 * MIN_OVERSCAN_ROWS - 1 };

/**
 * The row whose box holds `y` (pixels from the first row's top edge). `rowTops[i]` is row i's top edge,
 * `rowTops[n]` the bottom of the last row; hidden rows have no height and are never the answer.
 */
export function rowAt(rowTops: readonly number[], y: number): number {
  const last = rowTops.length - 2;
  if (last < 0) return 0;
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((rowTops[mid] as number) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rows a viewport `height` pixels tall shows when scrolled `scrollTop` pixels below the first row. */
export function rowsInSight(rowTops: readonly number[], scrollTop: number, height: number): RowWindow {
  const top = rowAt(rowTops, Math.max(0, scrollTop));
  const bottom = rowAt(rowTops, Math.max(0, scrollTop + height - 1));
  return { top, bottom };
}

/** The rows to draw for those in sight: a screenful more either side, within the sheet's drawn rows. */
export function windowAround(sight: RowWindow, rowCount: number): RowWindow {
  const overscan = Math.max(MIN_OVERSCAN_ROWS, sight.bottom - sight.top + 1);
  return {
    top: Math.max(0, sight.top - overscan),
    bottom: Math.max(0, Math.min(rowCount - 1, sight.bottom + overscan)),
  };
}

/** The drawn rows cover those in sight: scrolling inside them needs no new drawing. */
export function covers(drawn: RowWindow, sight: RowWindow): boolean {
  return drawn.top <= sight.top && sight.bottom <= drawn.bottom;
}

/** The scroll position that brings rows [top, bottom) (pixels) into a viewport: the least move, or centred. */
export function scrollToShow(
  current: number,
  height: number,
  box: { readonly top: number; readonly bottom: number },
  how: "nearest" | "center",
): number {
  if (how === "center") return Math.max(0, Math.round((box.top + box.bottom - height) / 2));
  if (box.top < current) return box.top;
  if (box.bottom > current + height) return Math.max(0, box.bottom - height);
  return current;
}

/**
 * The rows' top edges with the heights measured on screen where known: a row of wrapped text grows to
 * fit it, as Excel fits a row whose height was never set. Without this, the rows drawn would sit lower
 * than the arithmetic says and scrolling to a row would miss it.
 */
export function measuredTops(rowTops: readonly number[], measured: ReadonlyMap<number, number>): readonly number[] {
  if (measured.size === 0) return rowTops;
  const out = new Array<number>(rowTops.length);
  out[0] = 0;
  for (let row = 0; row < rowTops.length - 1; row++) {
    const height = measured.get(row) ?? (rowTops[row + 1] as number) - (rowTops[row] as number);
    out[row + 1] = (out[row] as number) + height;
  }
  return out;
}
