import type { Located, SignatureBlock } from "../model";
import { a1 } from "../address";
import type { Grid } from "./grid";
import { cellText, isBlankValue } from "./grid";

/** Signature lines are short; longer text is never matched against the patterns below. */
const MAX_LINE = 160;
/** How far below the table the signature block may start, and how many rows it may take. */
const SEARCH_ROWS = 40;
const BLOCK_ROWS = 15;

/**
 * "Prabumulih, 25 Januari 2024", "Prabumulih,      Januari 2024" or "Prabumulih, … Januari 2025"
 * (the day left to fill in by hand, as Tahun Baru leaves it).
 */
const PLACE_DATE = /^[^,\d]{2,60},\s*(?:(?:\d{1,2}|…|\.{2,3}|_{1,4})\s*)?[A-Za-z]{3,12}\s+\d{4}\s*$/;
const OPENERS = /^(?:mengetahui|menyetujui|disetujui|ditetapkan)\b/i;
const NIP = /^NIP\b/i;

/** Whether a line starts the signature block (a place and date, or "Mengetahui,"). */
export function isSignatureStart(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_LINE) return false;
  return PLACE_DATE.test(t) || OPENERS.test(t);
}

interface Line {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

function located(line: Line): Located<string> {
  return { value: line.text, address: a1(line.row, line.col), row: line.row, col: line.col };
}

/** The first own text cell of a row at or right of `fromCol`, as a trimmed line. */
function lineAt(grid: Grid, row: number, fromCol: number): Line | null {
  for (let c = Math.max(fromCol, grid.left); c <= grid.right; c++) {
    const v = grid.value(row, c);
    if (isBlankValue(v) || typeof v === "boolean") continue;
    const text = cellText(v).trim();
    if (text.length > MAX_LINE) return null;
    return { row, col: c, text };
  }
  return null;
}

const EMPTY: SignatureBlock = { placeDate: null, position: null, name: null, nip: null };

/**
 * Reads the signature block under the table: place and date, the signer's position, name, and
 * NIP. The name is the line after the gap left for the signature (or the line right above the NIP).
 */
export function readSignature(grid: Grid, fromRow: number): SignatureBlock {
  const lastRow = Math.min(grid.bottom, fromRow + SEARCH_ROWS);
  let anchor: Line | null = null;
  for (let r = fromRow; r <= lastRow && !anchor; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || v.length > MAX_LINE * 4) continue;
      const t = v.trim();
      if (t.length > MAX_LINE || !PLACE_DATE.test(t)) continue;
      anchor = { row: r, col: c, text: t };
      break;
    }
  }
  if (!anchor) return EMPTY;

  // The signer's lines sit under the place and date; a second signer further left ("Mengetahui")
  // is not this block.
  const lines: Line[] = [];
  const fromCol = anchor.col - 1;
  for (let r = anchor.row + 1; r <= Math.min(grid.bottom, anchor.row + BLOCK_ROWS); r++) {
    const line = lineAt(grid, r, fromCol);
    if (line && line.text !== "") lines.push(line);
  }
  const nipIndex = lines.findIndex((l) => NIP.test(l.text));
  const position = lines[0] && nipIndex !== 0 ? lines[0] : null;
  let name: Line | null = null;
  if (nipIndex > 1) {
    name = lines[nipIndex - 1] ?? null;
  } else {
    const end = nipIndex >= 0 ? nipIndex : lines.length;
    for (let i = 1; i < end && !name; i++) {
      const prev = lines[i - 1] as Line;
      const cur = lines[i] as Line;
      if (cur.row - prev.row > 1) name = cur;
    }
    if (!name && end > 1) name = lines[end - 1] ?? null;
  }
  const nip = nipIndex >= 0 ? (lines[nipIndex] as Line) : null;
  return {
    placeDate: located(anchor),
    position: position ? located(position) : null,
    name: name ? located(name) : null,
    nip: nip ? located(nip) : null,
  };
}
