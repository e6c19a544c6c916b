import { rangeA1 } from "../../core/address";
import { rowsAddress } from "../writeEdits";
import type { UndoAction } from "./undo";

/** Queues undo actions in one batch; the caller syncs. Sheets are reached by id. */
export function queueUndo(context: Excel.RequestContext, actions: readonly UndoAction[]): void {
  const sheets = new Map<string, Excel.Worksheet>();
  const ws = (id: string): Excel.Worksheet => {
    let w = sheets.get(id);
    if (!w) {
      w = context.workbook.worksheets.getItem(id);
      sheets.set(id, w);
    }
    return w;
  };
  for (const a of actions) {
    switch (a.kind) {
      case "deleteSheet":
        ws(a.sheet).delete();
        break;
      case "renameSheet":
        ws(a.sheet).name = a.name;
        break;
      case "deleteRows":
        ws(a.sheet).getRange(rowsAddress(a.row, a.count)).delete("Up");
        break;
      case "unmerge":
        ws(a.sheet).getRange(rangeA1(a.rect)).unmerge();
        break;
      case "merge":
        ws(a.sheet).getRange(rangeA1(a.rect)).merge(false);
        break;
      case "writeCells": {
        const range = ws(a.sheet).getRange(rangeA1(a.rect));
        if (a.formulas) range.formulas = a.formulas as unknown[][];
        if (a.numberFormats) range.numberFormat = a.numberFormats as unknown[][];
        break;
      }
      case "deleteRule":
        ws(a.sheet).getRange().conditionalFormats.getItemAt(a.priority).delete();
        break;
      case "addRule": {
        const cf = ws(a.sheet).getRange(a.rule.address).conditionalFormats.add("Custom");
        cf.custom.rule.formula = a.rule.formula;
        if (a.rule.fill) cf.custom.format.fill.color = a.rule.fill;
        if (a.rule.fontColor) cf.custom.format.font.color = a.rule.fontColor;
        // New rules go first; the sheet's whole collection puts it back at its old position.
        ws(a.sheet).getRange().conditionalFormats.getItemAt(0).priority = a.rule.priority;
        break;
      }
      case "layout": {
        const pl = ws(a.sheet).pageLayout;
        pl.orientation = a.layout.orientation as Excel.PageOrientation;
        pl.paperSize = a.layout.paperSize as Excel.PaperType;
        pl.zoom = JSON.parse(a.layout.zoom) as Excel.PageLayoutZoomOptions;
        pl.headersFooters.defaultForAllPages.centerFooter = a.layout.centerFooter;
        // A print area or title rows that were not there can't be taken off through the API:
        // the check afterwards reports them, with the steps.
        if (a.layout.printArea !== null) pl.setPrintArea(a.layout.printArea);
        if (a.layout.titleRows !== null) pl.setPrintTitleRows(a.layout.titleRows);
        break;
      }
      case "columnWidth":
        ws(a.sheet).getRange(rangeA1(a.rect)).format.columnWidth = a.width;
        break;
    }
  }
}
