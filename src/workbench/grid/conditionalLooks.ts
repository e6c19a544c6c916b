/**
 * Conditional formats as Excel shows them on screen: for each drawn cell, the look of the first
 * "Custom" (formula) rule that holds there. The host keeps rules but does not evaluate them (Excel
 * does that when painting); the workbench evaluates the formula per cell with the host's formula
 * engine, relative to the rule's first range as Excel does. This is what makes "Sorot di lembar" visible
 * in the grid. Other rule kinds (colour scales, data bars...) are not drawn.
 */
import { translate } from "../../host/formula";
import { FormulaEngine } from "../../host/formula/engine";
import type { RangeRef } from "../../host/model/address";
import type { ConditionalFormatModel } from "../../host/model/conditional";
import { formulaView } from "../../host/model/formulas";
import type { Sheet } from "../../host/model/sheet";
import { colorToHex } from "../../host/model/style";
import type { Workbook } from "../../host/model/workbook";

export interface ConditionalLook {
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** At most this many rule evaluations per drawing; a rule over whole columns is evaluated on the drawn part only. */
export const MAX_EVALUATIONS = 20_000;

/** Looks by "row,col" of the drawn cells (merged areas: their top-left cell). */
export function conditionalLooks(workbook: Workbook, sheet: Sheet, extent: RangeRef): Map<string, ConditionalLook> {
  const looks = new Map<string, ConditionalLook>();
  const rules = sheet.conditionalFormats.filter((cf) => cf.type === "Custom" && cf.formula && hasLook(cf));
  if (rules.length === 0) return looks;
  const engine = new FormulaEngine(formulaView(workbook));
  let budget = MAX_EVALUATIONS;
  // Index 0 is evaluated first and wins; a later rule only fills what no earlier rule did.
  for (const cf of rules) {
    const anchor = cf.ranges[0];
    if (!anchor) continue;
    const look = lookOf(cf);
    for (const range of cf.ranges) {
      const top = Math.max(range.top, extent.top);
      const bottom = Math.min(range.bottom, extent.bottom);
      const left = Math.max(range.left, extent.left);
      const right = Math.min(range.right, extent.right);
      for (let row = top; row <= bottom; row++) {
        for (let col = left; col <= right; col++) {
          const k = `${row},${col}`;
          if (looks.has(k) || sheet.isCovered(row, col)) continue;
          if (budget-- <= 0) return looks;
          const formula = translate(cf.formula, row - anchor.top, col - anchor.left);
          if (holds(engine.evaluate(sheet.name, formula, { row, col }))) looks.set(k, look);
        }
      }
    }
  }
  return looks;
}

function hasLook(cf: ConditionalFormatModel): boolean {
  const s = cf.style;
  return s.fill !== undefined || s.fontColor !== undefined || s.bold === true || s.italic === true;
}

function lookOf(cf: ConditionalFormatModel): ConditionalLook {
  const s = cf.style;
  const look: { -readonly [K in keyof ConditionalLook]: ConditionalLook[K] } = {};
  const fill = colorToHex(s.fill);
  const fontColor = colorToHex(s.fontColor);
  if (fill) look.fill = fill;
  if (fontColor) look.fontColor = fontColor;
  if (s.bold) look.bold = true;
  if (s.italic) look.italic = true;
  return look;
}

/** Excel applies a rule whose formula gives TRUE or a non-zero number; text and errors do not apply it. */
function holds(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return false;
}
