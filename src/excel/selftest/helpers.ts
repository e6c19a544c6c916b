import type { Edit } from "../../core/edits";
import { applyEdits, type ApplyReport } from "../applyEdits";
import { errorCode } from "../errors";
import type { ExcelSession } from "../session";
import { optionsFor } from "./types";

/** Small reads and writes the scenarios share; each is its own Excel.run. */

/** Applies edits through the adapter, in one batch after its preflight, as the app does. */
export function applyPlan(session: ExcelSession, sheet: string, edits: readonly Edit[]): Promise<ApplyReport> {
  return session.run((context) => applyEdits(context, { sheet, basedOn: null, edits }, optionsFor(session)));
}

export async function chartTitles(session: ExcelSession, sheet: string): Promise<string[]> {
  return session.run(async (context) => {
    const charts = context.workbook.worksheets.getItem(sheet).charts;
    charts.load("items/title/text");
    await context.sync();
    return charts.items.map((c) => c.title.text);
  });
}

export async function ruleFormulas(session: ExcelSession, sheet: string): Promise<string[]> {
  return session.run(async (context) => {
    const cfs = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    cfs.load("items/type");
    await context.sync();
    for (const cf of cfs.items) if (cf.type === "Custom") cf.custom.rule.load("formula");
    await context.sync();
    return cfs.items.map((cf) => (cf.type === "Custom" ? cf.custom.rule.formula : cf.type));
  });
}

/** Adds one formula rule on a range with a fill, as a user (or Rakit) would. */
export async function addRule(session: ExcelSession, sheet: string, address: string, formula: string): Promise<void> {
  await session.run(async (context) => {
    const cf = context.workbook.worksheets.getItem(sheet).getRange(address).conditionalFormats.add("Custom");
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = "#FFC7CE";
    await context.sync();
  });
}

export async function readCells(
  session: ExcelSession,
  sheet: string,
  address: string,
): Promise<{ values: unknown[][]; formulas: unknown[][]; types: unknown[][] }> {
  return session.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values,formulas,valueTypes");
    await context.sync();
    return { values: range.values, formulas: range.formulas, types: range.valueTypes };
  });
}

export async function deleteSheet(session: ExcelSession, name: string): Promise<void> {
  await session.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (!ws.isNullObject) ws.delete();
    await context.sync();
  });
}

/** The Office error code a promise rejects with, or "" when it resolves. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "",
    (error: unknown) => errorCode(error) || String(error),
  );
}
