import { parseRangeA1, rangeA1 } from "../core/address";
import { RAKIT_CF_MARK, type Edit } from "../core/edits";
import { RakitExcelError } from "./errors";
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
  readonly rakitRuleIds: ReadonlyMap<string, readonly string[]>;
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
 * Checks, with as few syncs as the plan allows (one, or two when Rakit's conditional formats are to
 * be found), that every edit can apply. Throws a RakitExcelError naming the first problem; writes
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
  worksheets.load("items/name");
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
      const cfs = ws.getRange().conditionalFormats;
      cfs.load("items/id,items/type");
      cfSheets.set(edit.sheet, cfs);
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
  return { rakitRuleIds: await findRakitRules(context, cfSheets), chartsToDelete, sheetOrder };
}

/** Rakit's rules are the custom ones whose formula carries RAKIT_CF_MARK; Excel's rules have no name. */
async function findRakitRules(
  context: Excel.RequestContext,
  cfSheets: ReadonlyMap<string, Excel.ConditionalFormatCollection>,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (cfSheets.size === 0) return found;
  const customs: { sheet: string; cf: Excel.ConditionalFormat }[] = [];
  for (const [sheet, cfs] of cfSheets) {
    for (const cf of cfs.items) {
      if (cf.type !== "Custom") continue;
      cf.custom.rule.load("formula");
      customs.push({ sheet, cf });
    }
  }
  if (customs.length === 0) return found;
  await context.sync();
  for (const { sheet, cf } of customs) {
    if (!cf.custom.rule.formula.replace(/^=/, "").startsWith(RAKIT_CF_MARK)) continue;
    const ids = found.get(sheet) ?? [];
    ids.push(cf.id);
    found.set(sheet, ids);
  }
  return found;
}
