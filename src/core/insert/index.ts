/** Sisipkan: catalog entries inserted into a RAK sheet in place, as planned edits. */
export { planInsert } from "./planInsert";
export type { InsertOptions, InsertPlan, NewRow } from "./planInsert";
export { applyToSnapshot } from "./simulate";
export { shiftFormulaRows } from "./shiftFormula";
export { parseRangeFormula } from "./totals";
