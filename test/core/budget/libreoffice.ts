import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { a1 } from "../../../src/core/address";
import { isCellError } from "../../../src/core/snapshot";
import type { SimWorkbook } from "./simulate";

/** LibreOffice's command, or null when it is not installed (the test using it is then skipped). */
export function sofficePath(): string | null {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"])
    if (fs.existsSync(p)) return p;
  return null;
}

/**
 * Recomputes a simulated workbook in a real spreadsheet: writes it as .xlsx (formulas without
 * cached results), has LibreOffice open it headless and save every sheet as CSV, and reads the
 * values back by sheet and A1 address. LibreOffice runs with its own profile directory, so it
 * neither needs nor touches anyone else's.
 */
export async function recalcWithLibreOffice(wb: SimWorkbook): Promise<Map<string, string[][]>> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice is not installed");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rakit-lo-"));
  try {
    const book = new ExcelJS.Workbook();
    const names = wb.names();
    for (const name of names) {
      const sim = wb.sheet(name);
      const ws = book.addWorksheet(name);
      for (const [key, cell] of sim.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        const target = ws.getCell(a1(r, c));
        if (cell.formula !== "") target.value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
        else if (isCellError(cell.value)) target.value = { error: cell.value.error } as ExcelJS.CellErrorValue;
        else if (cell.value !== "") target.value = cell.value;
      }
      for (const m of sim.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
    const file = path.join(dir, "book.xlsx");
    await book.xlsx.writeFile(file);
    // Filter options: comma, double quote, UTF-8, from row 1, ..., token 12 = -1: every sheet to its own file.
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        dir,
        file,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const out = new Map<string, string[][]>();
    for (const name of names) {
      const csv = path.join(dir, `book-${name}.csv`);
      if (!fs.existsSync(csv)) throw new Error(`LibreOffice wrote no CSV for ${name}`);
      out.set(name, parseCsv(fs.readFileSync(csv, "utf8")));
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV text of a cell by A1 address ("" when outside what LibreOffice wrote). */
export function csvCell(sheet: string[][] | undefined, row: number, col: number): string {
  return sheet?.[row]?.[col] ?? "";
}
