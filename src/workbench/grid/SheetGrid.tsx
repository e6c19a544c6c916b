import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { a1 } from "../../core/address";
import type { RangeRef } from "../../host/model/address";
import { useWorkbenchT } from "../i18n";
import { CellEditor } from "./CellEditor";
import { cellCss, DEFAULT_FONT_FAMILY } from "./cellCss";
import type { GridCellView, GridView } from "./gridView";
import { addressOf, areaAt, step, stretch, type CellPos, type Direction } from "./navigation";
import { covers, rowsInSight, scrollToShow, windowAround, type RowWindow } from "./rowWindow";
import { useRowTops } from "./useRowTops";

export interface SheetGridProps {
  /** The sheet, with the rows of `view.window` drawn. */
  readonly view: GridView;
  /** Draw these rows next: the ones in sight changed (scrolling, resizing, the selection moving far). */
  readonly onWindow: (window: RowWindow) => void;
  readonly merges: readonly RangeRef[];
  /** Select a range ("F33", "A4:C4") through the host. */
  readonly onSelect: (address: string) => void;
  /** Write typed text into a cell through the host, then select `then` (Enter moves down). */
  readonly onWrite: (address: string, text: string, then?: string) => void;
  /** Empty a range's contents (Delete). */
  readonly onClear: (address: string) => void;
}

interface Editing {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  /** What the editor starts with: the cell's text, or the key that started typing over it. */
  readonly initial: string;
  /** Started by typing over the cell: its content is replaced even if the text is left as it began. */
  readonly typedOver: boolean;
}

/** Header sizes; cells keep this much clear of the sticky headers when scrolled into view. */
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 44;

/** Excel's own selection colours: the grid imitates a sheet, so it looks like one. */
const SELECTION_TINT = "rgba(33, 115, 70, 0.14)";
const SELECTION_EDGE = "#217346";
const GRIDLINE = "#E1E1E1";

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#FFFFFF",
  },
  table: {
    // Separate borders: collapsed ones are painted by the table, over the sticky headers. Each cell
    // draws only its right and bottom edges (gridView gives it the edges its neighbours define).
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: DEFAULT_FONT_FAMILY,
    fontSize: "11pt",
    color: "#000000",
    cursor: "cell",
  },
  header: {
    position: "sticky",
    zIndex: 2,
    boxSizing: "border-box",
    padding: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    userSelect: "none",
  },
  columnHeader: { top: 0, height: `${HEADER_HEIGHT}px` },
  spacer: { padding: 0, border: "none" },
  rowHeader: { left: 0, zIndex: 1 },
  corner: { top: 0, left: 0, zIndex: 3 },
  headerSelected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    position: "relative",
    boxSizing: "border-box",
    padding: "0 3px",
    overflow: "hidden",
    whiteSpace: "pre",
    lineHeight: 1.25,
    scrollMarginTop: `${HEADER_HEIGHT}px`,
    scrollMarginLeft: `${ROW_HEADER_WIDTH}px`,
    ":focus": { outlineStyle: "none" },
  },
  gridline: { borderRight: `1px solid ${GRIDLINE}`, borderBottom: `1px solid ${GRIDLINE}` },
  runsOn: { borderRightColor: "transparent" },
  spills: { overflow: "visible" },
  spill: { display: "block", overflow: "hidden" },
  selected: { boxShadow: `inset 0 0 0 9999px ${SELECTION_TINT}` },
  active: {
    boxShadow: "none",
    outline: `2px solid ${SELECTION_EDGE}`,
    outlineOffset: "-2px",
    ":focus": { outline: `2px solid ${SELECTION_EDGE}` },
    ":focus-visible": { outline: `3px solid ${SELECTION_EDGE}` },
  },
  editing: { padding: 0, overflow: "visible", zIndex: 1 },
  hiddenText: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/**
 * The sheet as an HTML table with role="grid": column letters and row numbers as headers, merged
 * areas as rowspan/colspan, the host's selection shaded (aria-selected) with its active cell outlined,
 * focusable (roving tabindex) and scrolled into view whenever the selection moves, whoever moved it.
 * Only the rows near the ones in sight are in the table (`view.window`); spacer rows above and below
 * keep the scroll height of the whole sheet, so every row can be scrolled to.
 *
 * Keys as in Excel: arrows move, Shift+click stretches, F2/Enter or a double-click edit the cell, typing
 * a character starts over with it, Delete empties the selection. Every change goes through the host.
 */
export function SheetGrid({ view, onWindow, merges, onSelect, onWrite, onClear }: SheetGridProps) {
  const styles = useStyles();
  const t = useWorkbenchT();
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  /** Set when the grid should take focus after the next render (after an edit, or keyboard moves). */
  const refocus = useRef(false);
  /** Set when the selection moved (or an edit ended): the next renders bring the active cell into view. */
  const follow = useRef(true);
  const { active } = view;
  const rowTops = useRowTops(view.rowTops, tableRef);
  const rowCount = rowTops.length - 1;
  const activeDrawn = active.row >= view.window.top && active.row <= view.window.bottom;

  /** The rows in sight at the scroller's position now, and those to draw for them (the row being edited stays drawn). */
  const windowNow = useCallback(
    (scroller: HTMLElement): { sight: RowWindow; draw: RowWindow } => {
      const sight = rowsInSight(rowTops, scroller.scrollTop, Math.max(0, scroller.clientHeight - HEADER_HEIGHT));
      return { sight, draw: withRow(windowAround(sight, rowCount), editing?.row) };
    },
    [rowTops, rowCount, editing],
  );

  /** The grid was scrolled to its very end: it stays there when rows drawn there turn out taller. */
  const atEnd = useRef(false);

  const onScroll = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    atEnd.current = scroller.scrollTop > 0 && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
    const { sight, draw } = windowNow(scroller);
    if (covers(view.window, sight)) return;
    // The active cell is about to leave the table: keep keyboard focus in the grid (on the table itself).
    const table = tableRef.current;
    if (table && table.contains(document.activeElement) && (active.row < draw.top || active.row > draw.bottom))
      table.focus({ preventScroll: true });
    onWindow(draw);
  }, [windowNow, view.window, active.row, onWindow]);

  // A resized scroller may show more rows than are drawn.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(onScroll);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [onScroll]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller && atEnd.current) scroller.scrollTop = scroller.scrollHeight;
  }, [rowTops]);

  useLayoutEffect(() => {
    follow.current = true;
  }, [active.row, active.col, view.sheet, editing]);

  // Follow the selection: bring the active cell into view, and keep keyboard focus on it. A step by
  // the keyboard scrolls the least; a jump from elsewhere (a finding clicked in the pane) centres the
  // cell, so the rows around it show too. A cell outside the drawn rows is scrolled to first (by the
  // rows' heights) and the rows there drawn; the next render then finds it.
  useLayoutEffect(() => {
    const table = tableRef.current;
    const scroller = scrollerRef.current;
    if (!follow.current || !table || !scroller || editing) return;
    const byKeyboard = refocus.current;
    const cell = table.querySelector<HTMLElement>(`td[data-active="true"]`);
    if (!cell) {
      follow.current = false;
      if (activeDrawn || active.row >= rowCount) return; // drawn yet not there: a column past the drawn ones
      const box = { top: rowTops[active.row] as number, bottom: rowTops[active.row + 1] as number };
      const height = Math.max(0, scroller.clientHeight - HEADER_HEIGHT);
      scroller.scrollTop = scrollToShow(scroller.scrollTop, height, box, byKeyboard ? "nearest" : "center");
      const { draw } = windowNow(scroller);
      // Keep following only if the rows drawn next hold the cell (else a later scroll would jump back).
      follow.current = active.row >= draw.top && active.row <= draw.bottom;
      onWindow(draw);
      return;
    }
    follow.current = false;
    if (byKeyboard) {
      cell.scrollIntoView({ block: "nearest", inline: "nearest" });
      // Rows of wrapped text have fractional heights and the browser scrolls by whole pixels, which can
      // leave a sliver of the cell under the bottom edge: scroll the rest of the way.
      const below =
        cell.getBoundingClientRect().bottom - (scroller.getBoundingClientRect().top + scroller.clientHeight);
      if (below > 0) scroller.scrollTop += Math.ceil(below);
    } else if (!inView(cell, scroller)) cell.scrollIntoView({ block: "center", inline: "nearest" });
    if (byKeyboard || table.contains(document.activeElement)) {
      refocus.current = false;
      cell.focus({ preventScroll: true });
    }
  }, [active.row, active.col, view.sheet, editing, view.window, activeDrawn, rowCount, rowTops, windowNow, onWindow]);

  const posOf = (event: { target: EventTarget }): CellPos | null => {
    const td = (event.target as HTMLElement).closest?.("td[data-row]");
    if (!td) return null;
    return { row: Number(td.getAttribute("data-row")), col: Number(td.getAttribute("data-col")) };
  };

  const startEditing = (pos: CellPos, initial?: string) => {
    const area = areaAt(merges, pos.row, pos.col);
    const cell = findCell(view, area.top, area.left);
    setEditing({
      row: area.top,
      col: area.left,
      address: a1(area.top, area.left),
      initial: initial ?? cell?.editText ?? "",
      typedOver: initial !== undefined,
    });
  };

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const pos = posOf(event);
    if (!pos || (editing && editing.row === pos.row && editing.col === pos.col)) return;
    const rect = event.shiftKey ? stretch(merges, active, pos) : areaAt(merges, pos.row, pos.col);
    onSelect(addressOf(rect));
  };

  const onDoubleClick = (event: MouseEvent<HTMLTableElement>) => {
    const pos = posOf(event);
    if (pos) startEditing(pos);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing || event.target instanceof HTMLInputElement) return;
    // Tab is left alone: the grid is one tab stop, and Tab leaves it (for the pane beside it).
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      refocus.current = true;
      const next = step(merges, active, direction);
      onSelect(addressOf(areaAt(merges, next.row, next.col)));
      return;
    }
    if (event.key === "F2" || event.key === "Enter") {
      event.preventDefault();
      startEditing(active);
      return;
    }
    if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onClear(addressOf(view.selection));
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing over a cell replaces it, as in Excel; the key becomes the editor's first character.
      event.preventDefault();
      startEditing(active, event.key);
    }
  };

  const commit = (text: string, move: Direction | null) => {
    if (!editing) return;
    const below = move ? step(merges, { row: editing.row, col: editing.col }, move) : null;
    const then = below ? a1(below.row, below.col) : undefined;
    refocus.current = move !== null;
    setEditing(null);
    // Leaving a cell unchanged writes nothing (it would only churn the host, or fail on a protected sheet).
    if (text !== editing.initial || editing.typedOver) onWrite(editing.address, text, then);
    else if (then !== undefined) onSelect(then);
  };

  const cancel = () => {
    refocus.current = true;
    setEditing(null);
  };

  const totalWidth = ROW_HEADER_WIDTH + view.columns.reduce((w, c) => w + (c.hidden ? 0 : c.widthPx), 0);
  const above = rowTops[view.window.top] as number;
  const below = (rowTops[rowCount] as number) - (rowTops[view.window.bottom + 1] as number);

  return (
    <div ref={scrollerRef} className={styles.scroller} onScroll={onScroll}>
      <table
        ref={tableRef}
        role="grid"
        aria-label={t("grid", { sheet: view.sheet })}
        aria-multiselectable="true"
        aria-rowcount={view.extent.bottom + 2}
        aria-colcount={view.extent.right + 2}
        // The grid's one tab stop is its active cell; while that is not drawn, the table itself.
        tabIndex={activeDrawn ? -1 : 0}
        className={styles.table}
        style={{ width: `${totalWidth}px` }}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
          {view.columns.map((c) => (
            <col key={c.index} style={{ width: `${c.widthPx}px`, visibility: c.hidden ? "collapse" : undefined }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th
              role="columnheader"
              scope="col"
              className={mergeClasses(styles.header, styles.columnHeader, styles.corner)}
            >
              <span className={styles.hiddenText}>{t("rowHeaderColumn")}</span>
            </th>
            {view.columns.map((c) => (
              <th
                key={c.index}
                role="columnheader"
                scope="col"
                aria-colindex={c.index + 2}
                className={mergeClasses(styles.header, styles.columnHeader, c.selected && styles.headerSelected)}
              >
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {above > 0 && <Spacer height={above} columns={view.columns.length + 1} className={styles.spacer} />}
          {view.rows.map((r) => (
            <tr
              key={r.index}
              role="row"
              aria-rowindex={r.index + 2}
              data-row={r.index}
              style={{ height: `${r.heightPx}px`, visibility: r.hidden ? "collapse" : undefined }}
            >
              <th
                role="rowheader"
                scope="row"
                className={mergeClasses(styles.header, styles.rowHeader, r.selected && styles.headerSelected)}
              >
                {r.index + 1}
              </th>
              {r.cells.map((cell) => {
                const isEditing = editing !== null && editing.row === cell.row && editing.col === cell.col;
                return (
                  <td
                    key={cell.col}
                    role="gridcell"
                    data-row={cell.row}
                    data-col={cell.col}
                    data-address={cell.address}
                    data-active={cell.active ? "true" : undefined}
                    aria-colindex={cell.col + 2}
                    aria-selected={cell.selected}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    tabIndex={cell.active ? 0 : -1}
                    className={mergeClasses(
                      styles.cell,
                      view.gridlines && styles.gridline,
                      cell.spillPx !== null && styles.spills,
                      cell.runsOn && styles.runsOn,
                      cell.selected && !cell.active && styles.selected,
                      cell.active && styles.active,
                      isEditing && styles.editing,
                    )}
                    style={cellCss(cell)}
                  >
                    {isEditing && editing ? (
                      <CellEditor
                        label={t("editCell", { address: editing.address })}
                        initial={editing.initial}
                        onCommit={commit}
                        onCancel={cancel}
                      />
                    ) : (
                      <CellText cell={cell} spillClass={styles.spill} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          {below > 0 && <Spacer height={below} columns={view.columns.length + 1} className={styles.spacer} />}
        </tbody>
      </table>
    </div>
  );
}

/** The rows not drawn, as one empty row of their height: the scrollbar stays that of the whole sheet. */
function Spacer({ height, columns, className }: { height: number; columns: number; className: string }) {
  return (
    <tr aria-hidden="true" style={{ height: `${height}px` }}>
      <td colSpan={columns} className={className} />
    </tr>
  );
}

/** The window, grown to hold `row` too (the row being edited must stay drawn). */
function withRow(drawn: RowWindow, row: number | undefined): RowWindow {
  if (row === undefined) return drawn;
  return { top: Math.min(drawn.top, row), bottom: Math.max(drawn.bottom, row) };
}

function CellText({ cell, spillClass }: { readonly cell: GridCellView; readonly spillClass: string }) {
  if (cell.spillPx === null) return <>{cell.text}</>;
  return (
    <span className={spillClass} style={{ width: `${cell.spillPx - 6}px` }}>
      {cell.text}
    </span>
  );
}

/** The cell is wholly inside the scroller's view, clear of the sticky headers. */
function inView(cell: HTMLElement, scroller: HTMLElement): boolean {
  const c = cell.getBoundingClientRect();
  const s = scroller.getBoundingClientRect();
  return (
    c.top >= s.top + HEADER_HEIGHT &&
    c.bottom <= s.top + scroller.clientHeight &&
    c.left >= s.left + ROW_HEADER_WIDTH &&
    c.right <= s.left + scroller.clientWidth
  );
}

function findCell(view: GridView, row: number, col: number): GridCellView | undefined {
  return view.rows[row - view.window.top]?.cells.find((c) => c.col === col);
}
