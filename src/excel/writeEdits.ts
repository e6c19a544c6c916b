import type { Edit, PageLayoutPatch, ScalarValue } from "../core/edits";
import { formulasForExcel, valuesForExcel } from "./cellText";
import type { Preflight } from "./preflight";
import { queueRuleRemoval, type SheetRules } from "./rakitRules";

/**
 * Worksheet proxies by name for one batch. A sheet copied or renamed earlier in the same batch is
 * reached through the proxy that made it, not looked up again by a name Excel doesn't know yet.
 */
export class SheetProxies {
  private readonly byName = new Map<string, Excel.Worksheet>();
  /** Charts already deleted in this batch: a sheet cleared twice must not delete them twice. */
  readonly deletedCharts = new Set<Excel.Chart>();
  /** Sheet names in tab order as the batch leaves them so far (the preflight read the start). */
  private readonly order: string[];
  /** Rules this batch added to each sheet so far: each moved the older ones one position down. */
  private readonly rulesAdded = new Map<string, number>();
  /** Sheets whose rules are already gone in this batch (removed, or the whole sheet cleared). */
  private readonly rulesGone = new Set<string>();

  constructor(
    private readonly worksheets: Excel.WorksheetCollection,
    order: readonly string[] = [],
  ) {
    this.order = [...order];
  }

  get(name: string): Excel.Worksheet {
    let ws = this.byName.get(name);
    if (!ws) {
      ws = this.worksheets.getItem(name);
      this.byName.set(name, ws);
    }
    return ws;
  }

  add(name: string): Excel.Worksheet {
    const ws = this.worksheets.add(name);
    this.byName.set(name, ws);
    this.order.push(name);
    return ws;
  }

  /**
   * Copies a sheet to just after itself, named `newName`. `copy("After", itself)` fails with
   * InvalidArgument on Windows desktop (OfficeDev/office-js#775), so the copy goes to the end, the
   * one form every platform takes, and is then moved beside its source by `position`.
   */
  copy(source: string, newName: string): Excel.Worksheet {
    const copy = this.get(source).copy("End");
    const at = this.indexOf(source);
    if (at >= 0) {
      copy.position = at + 1;
      this.order.splice(at + 1, 0, newName);
    } else {
      this.order.push(newName);
    }
    copy.name = newName;
    this.byName.set(newName, copy);
    return copy;
  }

  rename(from: string, to: string): void {
    const ws = this.get(from);
    ws.name = to;
    this.byName.delete(from);
    this.byName.set(to, ws);
    const at = this.indexOf(from);
    if (at >= 0) this.order[at] = to;
  }

  ruleAdded(sheet: string): void {
    this.rulesAdded.set(sheet, (this.rulesAdded.get(sheet) ?? 0) + 1);
  }

  /**
   * Queues the removal of Rakit's rules found on a sheet by the preflight, once per batch; a sheet
   * cleared earlier in the batch has none left.
   */
  removeRakitRules(sheet: string, rules: SheetRules | undefined): void {
    if (this.rulesGone.has(sheet)) return;
    this.rulesGone.add(sheet);
    const priorities = rules?.rakit.map((r) => r.priority) ?? [];
    if (priorities.length === 0) return;
    queueRuleRemoval(this.get(sheet).getRange().conditionalFormats, priorities, this.rulesAdded.get(sheet) ?? 0);
  }

  rulesCleared(sheet: string): void {
    this.rulesGone.add(sheet);
  }

  /** Excel compares sheet names without regard to case. */
  private indexOf(name: string): number {
    const key = name.toLowerCase();
    return this.order.findIndex((n) => n.toLowerCase() === key);
  }
}

const PAPER: Record<NonNullable<PageLayoutPatch["paper"]>, "A4" | "Folio"> = { a4: "A4", folio: "Folio" };

/** Queues one edit's commands on the batch; nothing reaches Excel until the caller's single sync. */
export function queueEdit(sheets: SheetProxies, edit: Edit, ready: Preflight): void {
  switch (edit.kind) {
    case "setValues":
      sheets.get(edit.sheet).getRange(edit.address).values = edit.typed
        ? (edit.values as ScalarValue[][])
        : valuesForExcel(edit.values);
      return;
    case "setFormulas":
      sheets.get(edit.sheet).getRange(edit.address).formulas = formulasForExcel(edit.formulas);
      return;
    case "setNumberFormat": {
      const range = sheets.get(edit.sheet).getRange(edit.address);
      range.numberFormat = (typeof edit.format === "string" ? [[edit.format]] : edit.format) as unknown[][];
      return;
    }
    case "setFill": {
      const fill = sheets.get(edit.sheet).getRange(edit.address).format.fill;
      if (edit.color === null) fill.clear();
      else fill.color = edit.color;
      return;
    }
    case "setFont": {
      const font = sheets.get(edit.sheet).getRange(edit.address).format.font;
      const f = edit.font;
      if (f.bold !== undefined) font.bold = f.bold;
      if (f.italic !== undefined) font.italic = f.italic;
      if (f.color !== undefined) font.color = f.color;
      if (f.size !== undefined) font.size = f.size;
      if (f.name !== undefined) font.name = f.name;
      return;
    }
    case "setBorders": {
      const borders = sheets.get(edit.sheet).getRange(edit.address).format.borders;
      for (const side of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        const border = borders.getItem(side);
        border.style = edit.borders.style === "none" ? "None" : "Continuous";
        if (edit.borders.style !== "none") {
          border.weight = "Thin";
          if (edit.borders.color) border.color = edit.borders.color;
        }
      }
      return;
    }
    case "insertRows":
      sheets.get(edit.sheet).getRange(rowsAddress(edit.row, edit.count)).insert("Down");
      return;
    case "deleteRows":
      sheets.get(edit.sheet).getRange(rowsAddress(edit.row, edit.count)).delete("Up");
      return;
    case "merge":
      sheets.get(edit.sheet).getRange(edit.address).merge(false);
      return;
    case "unmerge":
      sheets.get(edit.sheet).getRange(edit.address).unmerge();
      return;
    case "addConditionalFormat": {
      // The object stands for position 0 of its collection: it is set up before anything else is added.
      const cf = sheets.get(edit.sheet).getRange(edit.address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = edit.formula;
      cf.custom.format.fill.color = edit.fill;
      if (edit.fontColor) cf.custom.format.font.color = edit.fontColor;
      sheets.ruleAdded(edit.sheet);
      return;
    }
    case "removeConditionalFormats":
      sheets.removeRakitRules(edit.sheet, ready.rules.get(edit.sheet));
      return;
    case "copySheet":
      sheets.copy(edit.sheet, edit.newName);
      return;
    case "renameSheet":
      sheets.rename(edit.sheet, edit.newName);
      return;
    case "addSheet":
      sheets.add(edit.sheet);
      return;
    case "pageLayout":
      queuePageLayout(sheets.get(edit.sheet).pageLayout, edit.layout);
      return;
    case "select":
      sheets.get(edit.sheet).activate();
      sheets.get(edit.sheet).getRange(edit.address).select();
      return;
    case "activateSheet":
      sheets.get(edit.sheet).activate();
      return;
    case "setColumnWidth":
      sheets.get(edit.sheet).getRange(edit.address).format.columnWidth = edit.width;
      return;
    case "clearSheet": {
      // The charts first: whatever clearing the cells does to shapes, each chart is deleted once.
      for (const chart of ready.chartsToDelete.get(edit.sheet) ?? []) {
        if (sheets.deletedCharts.has(chart)) continue;
        chart.delete();
        sheets.deletedCharts.add(chart);
      }
      const all = sheets.get(edit.sheet).getRange();
      all.unmerge();
      all.clear("All");
      all.conditionalFormats.clearAll();
      sheets.rulesCleared(edit.sheet);
      return;
    }
    case "addChart": {
      const ws = sheets.get(edit.sheet);
      const chart = ws.charts.add(edit.type, ws.getRange(edit.dataAddress), "Columns");
      chart.title.text = edit.title;
      const [from, to] = edit.anchor.split(":");
      chart.setPosition(from as string, to);
      return;
    }
    default:
      unreachable(edit);
  }
}

/** Makes a new edit kind without a case here a compile error, not a silently skipped edit. */
function unreachable(edit: never): never {
  throw new Error(`Unknown edit kind: ${JSON.stringify(edit)}`);
}

function queuePageLayout(layout: Excel.PageLayout, patch: PageLayoutPatch): void {
  if (patch.orientation) layout.orientation = patch.orientation === "landscape" ? "Landscape" : "Portrait";
  if (patch.paper) layout.paperSize = PAPER[patch.paper];
  if (patch.printArea) layout.setPrintArea(patch.printArea);
  if (patch.titleRows) layout.setPrintTitleRows(`$${patch.titleRows.first + 1}:$${patch.titleRows.last + 1}`);
  if (patch.fitToPagesWide !== undefined)
    layout.zoom = { horizontalFitToPages: patch.fitToPagesWide, verticalFitToPages: 0 };
  if (patch.centerFooter !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = patch.centerFooter;
}

/** "11:13" for three whole rows from 0-based row 10. */
export function rowsAddress(row: number, count: number): string {
  return `${row + 1}:${row + count}`;
}
