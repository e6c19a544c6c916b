import ExcelJS from "exceljs";
import type { RakBlockSpec, RakSpec } from "./rakSpec";

/** How a RAK is laid out. Offices differ; the defaults are the seed's layout. */
export interface RakLayout {
  readonly sheetName: string;
  /** Labels of the period columns: B1..B12 (default), Jan..Des, TW I..TW IV, ... */
  readonly periodLabels: readonly string[];
  readonly periodGroup: string;
  readonly pelaksanaLabel: string;
  readonly budgetLabel: string;
  /** Merge No / Sasaran / Biaya (and shared Pelaksana) cells over each block's rows. */
  readonly merge: boolean;
  /** Write the column-number row (1, 2, 3, ...) under the header. */
  readonly numberRow: boolean;
  /** An extra, uninterpreted last column such as "Keterangan". */
  readonly extraColumn: string | null;
}

export const SEED_LAYOUT: RakLayout = {
  sheetName: "RAK 2024",
  periodLabels: Array.from({ length: 12 }, (_, i) => `B${i + 1}`),
  periodGroup: "Rencana Pelaksanaan",
  pelaksanaLabel: "Pelaksana",
  budgetLabel: "Perkiraan Biaya (Rp)",
  merge: true,
  numberRow: true,
  extraColumn: null,
};

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * Lays a RAK spec out as an office would: title rows, unit and Tahun Anggaran lines, a two-row
 * merged header with the period labels under their group header, the column numbers, data rows with
 * merged No / Sasaran / Biaya cells per block (and Pelaksana where consecutive rows share one), the
 * signature block below, landscape Folio. With the default layout it is the seed's workbook.
 */
export function buildRakWorkbook(spec: RakSpec, layout: Partial<RakLayout> = {}, wb = new ExcelJS.Workbook()): ExcelJS.Workbook {
  const l: RakLayout = { ...SEED_LAYOUT, ...layout };
  const periods = l.periodLabels.length;
  const budgetCol = 6 + periods;
  const pelaksanaCol = budgetCol + 1;
  const lastCol = pelaksanaCol + (l.extraColumn ? 1 : 0);
  const ws = wb.addWorksheet(l.sheetName);
  ws.columns = [5, 28, 34, 8, 34, ...Array<number>(periods).fill(periods > 4 ? 4 : 7), 16, 22, ...(l.extraColumn ? [14] : [])].map((width) => ({ width }));

  spec.title.forEach((line, i) => {
    ws.mergeCells(i + 1, 1, i + 1, lastCol);
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: true, size: 14 };
    cell.alignment = { horizontal: "center" };
  });
  const metaRow = spec.title.length + 2;
  for (const [offset, label, value] of [
    [0, "Nama /Unit Organisasi", `: ${spec.unit}`],
    [1, "Tahun Anggaran", `: ${spec.tahunAnggaran}`],
  ] as const) {
    ws.mergeCells(metaRow + offset, 1, metaRow + offset, 3);
    ws.mergeCells(metaRow + offset, 4, metaRow + offset, 10);
    ws.getCell(metaRow + offset, 1).value = label;
    ws.getCell(metaRow + offset, 4).value = value;
  }

  const head = metaRow + 3;
  const single = (col: number, text: string): void => {
    ws.mergeCells(head, col, head + 1, col);
    ws.getCell(head, col).value = text;
  };
  ["No", "Sasaran strategis", "Indikator Kinerja strategis", "Target", "Kegiatan  yang akan dilaksanakan"].forEach((h, i) => single(i + 1, h));
  ws.mergeCells(head, 6, head, 5 + periods);
  ws.getCell(head, 6).value = l.periodGroup;
  l.periodLabels.forEach((label, i) => (ws.getCell(head + 1, 6 + i).value = label));
  single(budgetCol, l.budgetLabel);
  single(pelaksanaCol, l.pelaksanaLabel);
  if (l.extraColumn) single(lastCol, l.extraColumn);
  const headLast = head + (l.numberRow ? 2 : 1);
  if (l.numberRow) for (let c = 1; c <= lastCol; c++) ws.getCell(head + 2, c).value = c;
  for (let r = head; r <= headLast; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.border = THIN;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }

  let row = headLast + 1;
  for (const block of spec.blocks) row = writeBlock(ws, block, row, { ...l, budgetCol, pelaksanaCol, lastCol });

  const sig = row + 2;
  const signature = [spec.signature.placeDate, spec.signature.position, "", "", "", spec.signature.name];
  if (spec.signature.nip) signature.push(spec.signature.nip);
  const sigCol = Math.max(1, lastCol - 5);
  signature.forEach((text, i) => {
    if (text === "") return;
    ws.mergeCells(sig + i, sigCol, sig + i, lastCol);
    const cell = ws.getCell(sig + i, sigCol);
    cell.value = text;
    cell.alignment = { horizontal: "center" };
  });

  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 14 as ExcelJS.PaperSize,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printArea: `A1:${ws.getColumn(lastCol).letter}${sig + signature.length - 1}`,
    printTitlesRow: `${head}:${headLast}`,
  };
  return wb;
}

interface Columns extends RakLayout {
  readonly budgetCol: number;
  readonly pelaksanaCol: number;
  readonly lastCol: number;
}

function writeBlock(ws: ExcelJS.Worksheet, block: RakBlockSpec, top: number, l: Columns): number {
  const bottom = top + block.rows.length - 1;
  const perRowBudget = block.rows.some((r) => r.budget !== undefined);
  const periods = l.periodLabels.length;
  block.rows.forEach((r, i) => {
    const at = top + i;
    const cells: (string | number)[] = [i === 0 ? block.no : "", i === 0 ? block.sasaran : "", r.indicator, r.target, r.kegiatan];
    for (let p = 1; p <= periods; p++) cells.push(r.months.includes(p) ? "v" : "");
    cells.push(perRowBudget ? (r.budget ?? "") : i === 0 ? (block.budget ?? "") : "");
    cells.push(r.pelaksana);
    if (l.extraColumn) cells.push("");
    cells.forEach((v, c) => {
      const cell = ws.getCell(at, c + 1);
      if (v !== "") cell.value = v;
      cell.border = THIN;
      const centered = (c >= 5 && c < 5 + periods) || c === 3;
      cell.alignment = { vertical: "top", wrapText: true, horizontal: centered ? "center" : "left" };
      if (c + 1 === l.budgetCol) cell.numFmt = "#,##0";
    });
  });
  if (bottom > top && l.merge) {
    ws.mergeCells(top, 1, bottom, 1);
    ws.mergeCells(top, 2, bottom, 2);
    if (!perRowBudget) ws.mergeCells(top, l.budgetCol, bottom, l.budgetCol);
    mergeRuns(ws, block, top, l.pelaksanaCol);
  }
  return bottom + 1;
}

/** Merges the Pelaksana cells of consecutive rows that share one, as offices do. */
function mergeRuns(ws: ExcelJS.Worksheet, block: RakBlockSpec, top: number, col: number): void {
  let start = 0;
  for (let i = 1; i <= block.rows.length; i++) {
    if (i < block.rows.length && block.rows[i]?.pelaksana === block.rows[start]?.pelaksana) continue;
    if (i - 1 > start) {
      for (let k = start + 1; k < i; k++) ws.getCell(top + k, col).value = null;
      ws.mergeCells(top + start, col, top + i - 1, col);
    }
    start = i;
  }
}
