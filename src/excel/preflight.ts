import { parseRangeA1, rangeA1 } from "../core/address";
import type { Edit } from "../core/edits";
import { RakitExcelError } from "./errors";
import { queueRuleLoad, readRules, type SheetRules } from "./rakitRules";
import { RowMapper } from "./rowMapping";
import { REQUIREMENTS } from "./session";

export interface PreflightOptions {
  readonly pageLayout: boolean;
}

/**
 * What the preflight learned that the writes need: the ids of Rakit's own conditional formats, and
 * the charts on each sheet a clearSheet empties (they are deleted in the same batch).
 */
export interface Preflight {
  /** The conditional formats of each sheet a removeConditionalFormats names, Rakit's marked out. */
  readonly rules: ReadonlyMap<string, SheetRules>;
  readonly chartsToDelete: ReadonlyMap<string, readonly Excel.Chart[]>;
  /** Every sheet's name in tab order before the batch (a copy is placed by it). */
  readonly sheetOrder: readonly string[];
}

/**
 * What a protected sheet still allows, as in Excel: selecting cells, activating the sheet, page
 * setup, and copying or renaming the sheet itself. Everything else Rakit plans changes cells or
 * their formatting and is refused before it is tried. (Unlocked cells would take edits, but Rakit
 * does not bet a plan on them.)
 */
const ALLOWED_ON_PROTECTED: ReadonlySet<Edit["kind"]> = new Set([
  "select",
  "activateSheet",
  "pageLayout",
  "copySheet",
  "renameSheet",
  "addSheet",
]);

interface EmptyCheck {
  readonly sheet: string;
  readonly address: string;
  readonly range: Excel.Range;
}

/**
 * Checks, with as few syncs as the plan allows (one; up to three when Rakit's conditional formats
 * are to be found and described), that every edit can apply. Throws a RakitExcelError naming the first problem; writes
 * nothing.
 */
export async function preflight(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  options: PreflightOptions,
): Promise<Preflight> {
  if (!options.pageLayout && edits.some((e) => e.kind === "pageLayout")) {
    throw new RakitExcelError("unsupported", "ApiNotFound", {
      set: REQUIREMENTS.pageLayout.name,
      version: REQUIREMENTS.pageLayout.version,
    });
  }
  const worksheets = context.workbook.worksheets;
  const created = new Set<string>();
  const existing = new Map<string, Excel.Worksheet>();
  const newNames = new Map<string, Excel.Worksheet>();
  const emptyChecks: EmptyCheck[] = [];
  const cfSheets = new Map<string, Excel.ConditionalFormatCollection>();
  const chartSheets = new Map<string, Excel.ChartCollection>();
  const rows = new RowMapper();
  // The same fields the restore capture asks for in this sync: two loads of one collection must agree.
  worksheets.load("items/name,items/id");
  /** The sheet as it was before the batch behind each name the plan uses: a copy is protected as its source is. */
  const originOf = new Map<string, string | null>();
  /** Existing sheets (by their name before the batch) and the first name an edit refused there uses. */
  const mustBeEditable = new Map<string, string>();

  const sheetOf = (name: string): Excel.Worksheet | null => {
    if (created.has(name)) return null;
    const known = existing.get(name);
    if (known !== undefined) return known;
    const ws = worksheets.getItemOrNullObject(name);
    ws.load("name");
    ws.protection.load("protected");
    existing.set(name, ws);
    return ws;
  };

  for (const edit of edits) {
    // An addSheet names the sheet it makes: that one is new, not a sheet to find.
    const ws = edit.kind === "addSheet" ? null : sheetOf(edit.sheet);
    const origin = originOf.has(edit.sheet) ? (originOf.get(edit.sheet) ?? null) : edit.sheet;
    if (edit.kind === "addSheet") originOf.set(edit.sheet, null);
    if (edit.kind === "copySheet" || edit.kind === "renameSheet") originOf.set(edit.newName, origin);
    if (!ALLOWED_ON_PROTECTED.has(edit.kind) && origin !== null && !mustBeEditable.has(origin))
      mustBeEditable.set(origin, edit.sheet);
    if (edit.kind === "copySheet" || edit.kind === "renameSheet" || edit.kind === "addSheet") {
      const name = edit.kind === "addSheet" ? edit.sheet : edit.newName;
      if (!created.has(name)) {
        const probe = worksheets.getItemOrNullObject(name);
        probe.load("name");
        newNames.set(name, probe);
      }
      created.add(name);
    }
    if ((edit.kind === "setValues" || edit.kind === "setFormulas") && edit.requireEmpty && ws) {
      const before = rows.original(edit.sheet, edit.address);
      if (before.kind === "existing") {
        const cols = parseRangeA1(edit.address);
        const range = ws.getRange(rangeA1({ ...cols, top: before.top, bottom: before.bottom }));
        range.load("values,formulas");
        emptyChecks.push({ sheet: edit.sheet, address: edit.address, range });
      }
    }
    if (edit.kind === "removeConditionalFormats" && ws && !cfSheets.has(edit.sheet)) {
      // Removal counts positions from the rules as they are now; an earlier edit in the batch that
      // could delete rules on this sheet would make those positions wrong.
      const earlier = edits.slice(0, edits.indexOf(edit));
      if (earlier.some((e) => e.sheet === edit.sheet && e.kind === "deleteRows"))
        throw new Error(`removeConditionalFormats on ${edit.sheet} must come before its row deletions`);
      cfSheets.set(edit.sheet, queueRuleLoad(ws));
    }
    if (edit.kind === "clearSheet" && ws && !chartSheets.has(edit.sheet)) {
      // Charts are shapes, not cells: Range.clear leaves them, so a rewritten sheet would stack a
      // second chart on the first. Loading the names is the cheapest way to get the items.
      const charts = ws.charts;
      charts.load("items/name");
      chartSheets.set(edit.sheet, charts);
    }
    rows.note(edit);
  }

  await context.sync();

  for (const [name, ws] of existing) {
    if (ws.isNullObject) throw new RakitExcelError("itemNotFound", "ItemNotFound", { name });
  }
  for (const [origin, name] of mustBeEditable) {
    if (existing.get(origin)?.protection.protected) throw new RakitExcelError("protected", "AccessDenied", { name });
  }
  for (const [name, probe] of newNames) {
    if (!probe.isNullObject) throw new RakitExcelError("nameTaken", "ItemAlreadyExists", { name });
  }
  for (const check of emptyChecks) {
    const filled = check.range.values.some((row, r) =>
      row.some((v, c) => (v !== "" && v !== null) || (check.range.formulas[r]?.[c] ?? "") !== ""),
    );
    if (filled) throw new RakitExcelError("notEmpty", "NotEmpty", { address: `${check.sheet}!${check.address}` });
  }

  const chartsToDelete = new Map<string, Excel.Chart[]>();
  for (const [sheet, charts] of chartSheets) if (charts.items.length > 0) chartsToDelete.set(sheet, charts.items);
  const sheetOrder = worksheets.items.map((w) => w.name);
  return { rules: await readRules(context, cfSheets), chartsToDelete, sheetOrder };
}
