/**
 * The workbook model: ordered sheets, the active sheet, and the edits that reach across sheets
 * (row insertion and sheet renames rewrite formulas everywhere). Plain data, no Office semantics:
 * the API layer (../api) adds queuing, loading and errors.
 */
import { officeError } from "../errors";
import { isEntireRows, type RangeRef } from "./address";
import { chartsAfterDelete, chartsAfterInsert, mapChartRefs } from "./chart";
import { renameInFormula, shiftFormulaRows } from "./formulas";
import { cloneKept, rewriteKeptFormulas, type KeptElement } from "./kept";
import { deleteRowsInSheet, insertRowsInSheet } from "./rows";
import { Sheet } from "./sheet";

export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";

/**
 * A defined name read from a file and kept: its `<definedName>` element, whose formula follows row
 * edits and renames like a cell's. A print area or print titles name is the sheet's page layout in
 * the model; its element is kept only so that, while the layout says the same, it is written back
 * exactly as read.
 */
export interface DefinedNameModel {
  readonly name: string;
  readonly print?: "area" | "titles";
  /** The sheet it is local to (its localSheetId), by sheet id; null for a workbook-wide name. */
  scope: string | null;
  element: KeptElement;
}

/** Characters Excel refuses in sheet names, and its 31-character limit. */
const BAD_NAME = /[\\/?*[\]:]/;
const MAX_NAME = 31;

export class Workbook {
  sheets: Sheet[] = [];
  activeSheetId: string | null = null;
  calculationMode: CalculationMode = "Automatic";
  /** Dates count from 1904 (old Mac workbooks); affects only reading dates from files. */
  date1904 = false;
  /**
   * What the file this workbook was read from held that the host does not keep, so that saving
   * would leave it out ("sheet \"RAK\": 1 picture(s)"). Empty for a workbook made in memory.
   */
  dropped: string[] = [];
  /** Defined names kept from the file (see DefinedNameModel). */
  names: DefinedNameModel[] = [];
  /**
   * The package this workbook was read from, for the writer to patch (opaque to the model: the
   * .xlsx layer's). Null for a workbook made in memory.
   */
  source: object | null = null;
  private seq = 0;
  private cfSeq = 0;
  private chartSeq = 0;

  /** A fresh sheet id, shaped like Excel's ("{00000000-0001-0000-0000-000000000000}"). */
  newSheetId(): string {
    this.seq++;
    return `{00000000-${this.seq.toString(16).toUpperCase().padStart(4, "0")}-0000-C000-000000000000}`;
  }

  newConditionalFormatId(): string {
    this.cfSeq++;
    return `{${this.cfSeq.toString(16).toUpperCase().padStart(8, "0")}-CF00-4000-8000-000000000000}`;
  }

  /** A chart id, shaped like Excel's ("{00000001-C4A7-4000-8000-000000000000}"). */
  newChartId(): string {
    this.chartSeq++;
    return `{${this.chartSeq.toString(16).toUpperCase().padStart(8, "0")}-C4A7-4000-8000-000000000000}`;
  }

  /** Excel matches sheet names without regard to case. */
  sheetByName(name: string): Sheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetById(id: string): Sheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  get activeSheet(): Sheet | undefined {
    return (
      (this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined) ??
      this.sheets.find((s) => s.visibility === "Visible")
    );
  }

  /** Throws Excel's errors for a name it would refuse. */
  checkNewName(name: string, except?: Sheet): void {
    const trimmed = name.trim();
    if (
      trimmed.length === 0 ||
      name.length > MAX_NAME ||
      BAD_NAME.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw officeError("InvalidArgument", "Worksheet.name");
    }
    const clash = this.sheetByName(name);
    if (clash && clash !== except) throw officeError("ItemAlreadyExists", "Worksheet.name");
  }

  /** "Sheet1", "Sheet2"...: the first unused name of Excel's pattern. */
  nextDefaultName(): string {
    for (let i = 1; ; i++) {
      const name = `Sheet${i}`;
      if (!this.sheetByName(name)) return name;
    }
  }

  addSheet(name?: string, index: number = this.sheets.length): Sheet {
    const sheetName = name ?? this.nextDefaultName();
    this.checkNewName(sheetName);
    const sheet = new Sheet(this.newSheetId(), sheetName);
    this.sheets.splice(index, 0, sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    if (sheet.visibility === "VeryHidden") throw officeError("InvalidOperation", "Worksheet.delete");
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) throw officeError("InvalidOperation", "Worksheet.delete");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.names = this.names.filter((n) => n.scope !== sheet.id);
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  }

  /** Renames a sheet and rewrites every formula (cells and conditional formats) that names it. */
  renameSheet(sheet: Sheet, newName: string): void {
    if (sheet.name === newName) return;
    this.checkNewName(newName, sheet);
    const old = sheet.name;
    sheet.name = newName;
    this.rewriteFormulas((formula) => renameInFormula(formula, old, newName));
  }

  moveSheet(sheet: Sheet, position: number): void {
    const rest = this.sheets.filter((s) => s !== sheet);
    const at = Math.max(0, Math.min(position, rest.length));
    rest.splice(at, 0, sheet);
    this.sheets = rest;
  }

  /**
   * Copies a sheet with everything on it and names the copy as Excel does: "RAK 2024 (2)", then
   * "(3)"...; the base name is shortened so the result fits in 31 characters.
   */
  copySheet(sheet: Sheet, index: number): Sheet {
    const name = this.copyName(sheet.name);
    const copy = sheet.clone(
      this.newSheetId(),
      name,
      () => this.newConditionalFormatId(),
      () => this.newChartId(),
    );
    if (copy.visibility === "VeryHidden") copy.visibility = "Visible";
    // As in Excel, a copied chart that showed the sheet's own data shows the copy's.
    for (const chart of copy.charts)
      mapChartRefs(chart, (ref) => (ref.sheetId === sheet.id ? { ...ref, sheetId: copy.id } : ref));
    // Names local to the sheet are copied local to the copy, naming it where they named the sheet.
    for (const n of this.names.filter((x) => x.scope === sheet.id)) {
      const element = cloneKept(n.element);
      rewriteKeptFormulas(element, (f) => renameInFormula(`=${f}`, sheet.name, name).slice(1));
      this.names.push({ ...n, scope: copy.id, element });
    }
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, copy);
    return copy;
  }

  private copyName(base: string): string {
    const stem = base.replace(/ \(\d+\)$/, "");
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const name = stem.slice(0, MAX_NAME - suffix.length) + suffix;
      if (!this.sheetByName(name)) return name;
    }
  }

  /** Inserts rows (whole rows, or part of them: see rows.ts) and rewrites formulas that refer to them. */
  insertRows(sheet: Sheet, rect: RangeRef): void {
    insertRowsInSheet(sheet, rect);
    // Formulas are rewritten for whole rows only; a part-row insert leaves formula text as it was.
    if (isEntireRows(rect)) {
      this.rewriteFormulasFor(sheet, rect.top, rect.bottom - rect.top + 1);
      chartsAfterInsert(this.sheets, sheet, rect.top, rect.bottom - rect.top + 1);
    }
  }

  deleteRows(sheet: Sheet, rect: RangeRef): void {
    deleteRowsInSheet(sheet, rect);
    if (isEntireRows(rect)) {
      this.rewriteFormulasFor(sheet, rect.top, -(rect.bottom - rect.top + 1));
      chartsAfterDelete(this.sheets, sheet, rect.top, rect.bottom - rect.top + 1);
    }
  }

  private rewriteFormulasFor(edited: Sheet, at: number, count: number): void {
    for (const s of this.sheets) {
      const rewrite = (formula: string): string => shiftFormulaRows(formula, s.name, edited.name, at, count);
      for (const { cell } of s.cells()) if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
      for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = rewrite(cf.formula);
      this.rewriteKept(s, rewrite);
    }
    for (const n of this.names)
      rewriteKeptFormulas(n.element, (f) => shiftFormulaRows(`=${f}`, "", edited.name, at, count).slice(1));
  }

  private rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const s of this.sheets) {
      for (const { cell } of s.cells()) if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
      for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = rewrite(cf.formula);
      this.rewriteKept(s, rewrite);
    }
    for (const n of this.names) rewriteKeptFormulas(n.element, (f) => rewrite(`=${f}`).slice(1));
  }

  /** Formulas in what the sheet keeps from its file (validation lists, hyperlink targets...). */
  private rewriteKept(sheet: Sheet, rewrite: (formula: string) => string): void {
    const kept = (f: string): string => rewrite(`=${f}`).slice(1);
    if (sheet.kept.skeleton) rewriteKeptFormulas(sheet.kept.skeleton, kept);
    for (const part of sheet.kept.parts) rewriteKeptFormulas(part.root, kept);
  }

  // -------------------------------------------------------------------------------------------
  // Snapshots: the host rolls a failed batch back by restoring one.

  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((s) => s.clone()),
      names: this.names.map((n) => ({ ...n, element: cloneKept(n.element) })),
      activeSheetId: this.activeSheetId,
      calculationMode: this.calculationMode,
      seq: this.seq,
      cfSeq: this.cfSeq,
      chartSeq: this.chartSeq,
    };
  }

  restore(snap: WorkbookSnapshot): void {
    this.sheets = snap.sheets.map((s) => s.clone());
    this.names = snap.names.map((n) => ({ ...n, element: cloneKept(n.element) }));
    this.activeSheetId = snap.activeSheetId;
    this.calculationMode = snap.calculationMode;
    this.seq = snap.seq;
    this.cfSeq = snap.cfSeq;
    this.chartSeq = snap.chartSeq;
  }
}

export interface WorkbookSnapshot {
  readonly sheets: readonly Sheet[];
  readonly names: readonly DefinedNameModel[];
  readonly activeSheetId: string | null;
  readonly calculationMode: CalculationMode;
  readonly seq: number;
  readonly cfSeq: number;
  readonly chartSeq: number;
}
