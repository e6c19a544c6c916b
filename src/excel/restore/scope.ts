import { parseRangeA1, type RangeRef } from "../../core/address";
import type { Edit } from "../../core/edits";
import { RowMapper } from "../rowMapping";

/**
 * What a failed batch may have changed on one sheet that existed before it, and so what Rakit
 * reads before writing, to put it back and to check afterwards. Plain data, worked out from the
 * plan alone: which of the plan's commands ran is never assumed (Excel does not say reliably); the
 * restore reads the state instead.
 */
export interface SheetScope {
  /** The sheet's name before the batch. */
  readonly name: string;
  /** Cells whose contents or number format the plan writes, in rows as they were before the plan. */
  readonly cells: readonly RangeRef[];
  /** Ranges the plan merges or unmerges, in rows as they were before the plan. */
  readonly merges: readonly RangeRef[];
  /** The plan's row inserts on the sheet, in plan order, in the rows of the moment each runs. */
  readonly inserts: readonly { readonly row: number; readonly count: number }[];
  /** The plan deletes rows here: those cannot be brought back with what Rakit reads. */
  readonly deletesRows: boolean;
  /** Fill, font or borders the plan sets on rows that existed before it. */
  readonly formats: readonly RangeRef[];
  /** Column widths the plan sets. */
  readonly widths: readonly RangeRef[];
  readonly rules: boolean;
  readonly layout: boolean;
  /** The plan empties the sheet (a sheet Rakit owns and writes again). */
  readonly cleared: boolean;
  /** The plan adds a chart here. */
  readonly charts: boolean;
}

export interface RestoreScope {
  readonly sheets: readonly SheetScope[];
  /** The plan adds, copies or renames sheets. */
  readonly sheetList: boolean;
  /** Names of the sheets the plan makes (added or copied). */
  readonly created: readonly string[];
}

interface Draft {
  cells: RangeRef[];
  merges: RangeRef[];
  inserts: { row: number; count: number }[];
  deletesRows: boolean;
  formats: RangeRef[];
  widths: RangeRef[];
  rules: boolean;
  layout: boolean;
  cleared: boolean;
  charts: boolean;
}

/**
 * The scope of a plan. Every sheet it names without creating it existed before (the preflight
 * refuses the plan otherwise); a sheet the plan creates is undone by deleting it, whatever was
 * written on it.
 */
export function restoreScope(edits: readonly Edit[]): RestoreScope {
  const rows = new RowMapper();
  const drafts = new Map<string, Draft>();
  /** Names the plan gives to sheets: a renamed existing sheet keeps its scope under its old name. */
  const alias = new Map<string, string | null>();
  let sheetList = false;
  const created: string[] = [];
  const draftOf = (name: string): Draft | null => {
    const original = alias.has(name) ? alias.get(name) : name;
    if (original === null || original === undefined) return null;
    let d = drafts.get(original);
    if (!d) {
      d = {
        cells: [],
        merges: [],
        inserts: [],
        deletesRows: false,
        formats: [],
        widths: [],
        rules: false,
        layout: false,
        cleared: false,
        charts: false,
      };
      drafts.set(original, d);
    }
    return d;
  };
  const before = (sheet: string, address: string): RangeRef | null => {
    const mapped = rows.original(sheet, address);
    if (mapped.kind === "new") return null;
    return { ...parseRangeA1(address), top: mapped.top, bottom: mapped.bottom };
  };

  for (const edit of edits) {
    switch (edit.kind) {
      case "addSheet":
        sheetList = true;
        alias.set(edit.sheet, null);
        created.push(edit.sheet);
        break;
      case "copySheet":
        sheetList = true;
        alias.set(edit.newName, null);
        created.push(edit.newName);
        break;
      case "renameSheet":
        sheetList = true;
        alias.set(edit.newName, alias.has(edit.sheet) ? (alias.get(edit.sheet) ?? null) : edit.sheet);
        break;
      default: {
        const d = draftOf(edit.sheet);
        if (d) note(d, edit, before);
      }
    }
    rows.note(edit);
  }
  const sheets = [...drafts].map(([name, d]) => ({ name, ...d }));
  return { sheets, sheetList, created };
}

function note(d: Draft, edit: Edit, before: (sheet: string, address: string) => RangeRef | null): void {
  const add = (list: RangeRef[], address: string): void => {
    const r = before(edit.sheet, address);
    if (r) list.push(r);
  };
  switch (edit.kind) {
    case "setValues":
    case "setFormulas":
    case "setNumberFormat":
      add(d.cells, edit.address);
      return;
    case "merge":
    case "unmerge":
      add(d.merges, edit.address);
      add(d.cells, edit.address);
      return;
    case "setFill":
    case "setFont":
    case "setBorders":
      add(d.formats, edit.address);
      return;
    case "setColumnWidth":
      d.widths.push(parseRangeA1(edit.address));
      return;
    case "insertRows":
      d.inserts.push({ row: edit.row, count: edit.count });
      return;
    case "deleteRows":
      d.deletesRows = true;
      return;
    case "addConditionalFormat":
    case "removeConditionalFormats":
      d.rules = true;
      return;
    case "pageLayout":
      d.layout = true;
      return;
    case "clearSheet":
      d.cleared = true;
      d.charts = true;
      return;
    case "addChart":
      d.charts = true;
      return;
    case "select":
    case "activateSheet":
    case "addSheet":
    case "copySheet":
    case "renameSheet":
      return;
  }
}
