import { RAKIT_CF_MARK } from "../core/edits";

/**
 * Rakit's own conditional formats, and how to remove them without touching the user's.
 *
 * Excel's rules carry no name: Rakit's are the custom rules whose formula starts with
 * RAKIT_CF_MARK. And a rule has no stable key either: `ConditionalFormat.id` is documented as
 * "the priority of the conditional format in the current ConditionalFormatCollection", so deleting
 * one rule renumbers every rule after it, and deleting by ids collected earlier, in one batch,
 * deletes the wrong rule or fails with ItemNotFound (OfficeDev/office-js#5222). Removal therefore
 * works on positions in the sheet's whole collection, read in the preflight, deleted from the
 * highest position to the lowest: a deletion never moves a position still to be deleted.
 */

/** One of Rakit's rules as the preflight found it. */
export interface RakitRule {
  /** Its position in the sheet's whole collection (0 is evaluated first). */
  readonly priority: number;
  readonly formula: string;
  /** What it takes to add it again: its range, fill and font colour. */
  readonly address: string;
  readonly fill: string | null;
  readonly fontColor: string | null;
}

/** Every rule of a sheet, in priority order, as far as Rakit can tell them apart. */
export interface RuleSummary {
  readonly type: string;
  /** The formula of a custom rule; null for other kinds. */
  readonly formula: string | null;
}

export interface SheetRules {
  readonly all: readonly RuleSummary[];
  readonly rakit: readonly RakitRule[];
}

export function isRakitFormula(formula: string): boolean {
  return formula.replace(/^=/, "").startsWith(RAKIT_CF_MARK);
}

/** Queues the load of a sheet's whole collection; `readRules` finishes it after the caller's sync. */
export function queueRuleLoad(worksheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const cfs = worksheet.getRange().conditionalFormats;
  cfs.load("items/type");
  return cfs;
}

/**
 * Reads the rules of collections queued with `queueRuleLoad` and synced: one sync for the custom
 * rules' formulas, one more for the range and colours of Rakit's rules (loaded for those alone: a
 * user's rule over several areas would fail `getRange`).
 */
export async function readRules(
  context: Excel.RequestContext,
  collections: ReadonlyMap<string, Excel.ConditionalFormatCollection>,
): Promise<Map<string, SheetRules>> {
  const customs: Excel.ConditionalFormat[] = [];
  for (const cfs of collections.values())
    for (const cf of cfs.items) {
      if (cf.type !== "Custom") continue;
      cf.custom.rule.load("formula");
      customs.push(cf);
    }
  if (customs.length > 0) await context.sync();

  const details: { sheet: string; priority: number; cf: Excel.ConditionalFormat; range: Excel.Range }[] = [];
  for (const [sheet, cfs] of collections)
    cfs.items.forEach((cf, priority) => {
      if (cf.type !== "Custom" || !isRakitFormula(cf.custom.rule.formula)) return;
      const range = cf.getRange();
      range.load("address");
      cf.custom.format.fill.load("color");
      cf.custom.format.font.load("color");
      details.push({ sheet, priority, cf, range });
    });
  if (details.length > 0) await context.sync();

  const out = new Map<string, SheetRules>();
  for (const [sheet, cfs] of collections) {
    const all = cfs.items.map((cf) => ({
      type: cf.type,
      formula: cf.type === "Custom" ? cf.custom.rule.formula : null,
    }));
    const rakit = details
      .filter((d) => d.sheet === sheet)
      .map((d) => ({
        priority: d.priority,
        formula: d.cf.custom.rule.formula,
        address: d.range.address.replace(/^.*!/, ""),
        fill: d.cf.custom.format.fill.color,
        fontColor: d.cf.custom.format.font.color,
      }));
    out.set(sheet, { all, rakit });
  }
  return out;
}

/**
 * Queues the deletion of the rules at `priorities` (as the preflight read them) from a sheet's
 * whole collection, highest position first. `shift` counts the rules this batch added to the sheet
 * before this point: each went in at the top and moved every older rule one position down.
 */
export function queueRuleRemoval(
  collection: Excel.ConditionalFormatCollection,
  priorities: readonly number[],
  shift: number,
): void {
  for (const p of [...priorities].sort((a, b) => b - a)) collection.getItemAt(p + shift).delete();
}
