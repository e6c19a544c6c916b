/**
 * What Excel does to a formula's references when whole rows are inserted: every reference to the
 * edited sheet at or below the insertion row moves down by the number of rows. The two ends of a
 * range move on their own, so a range the insertion cuts through grows, and a range that ends just
 * above the insertion does not: that is why `=SUM(R10:R49)` misses rows inserted at row 50, and
 * why the insert planner rewrites such totals itself.
 *
 * Text in double quotes is left alone; function names are not references (the pattern refuses a
 * cell-like word followed by "(" or more letters).
 */

const REF = /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * `formula` lives on sheet `home`; rows `at` (0-based) and below of sheet `target` move down by
 * `count`. Returns the formula as Excel would show it afterwards.
 */
export function shiftFormulaRows(formula: string, home: string, target: string, at: number, count: number): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(REF, (whole, sheet: string | undefined, d1: string, col: string, d2: string, r: string) => {
        const refSheet = sheet ? unquote(sheet.slice(0, -1)) : home;
        if (refSheet.toLowerCase() !== target.toLowerCase()) return whole;
        const n = Number(r);
        return n - 1 >= at ? `${sheet ?? ""}${d1}${col}${d2}${n + count}` : whole;
      });
    })
    .join("");
}
