/**
 * Whole-rupiah shares of an amount, each with the spreadsheet expression that gives the same number
 * from the amount's cell. The number and its formula are made by the same function, so what the
 * pane shows and what Excel (or LibreOffice) recomputes on the sheet cannot drift apart.
 *
 * The rule, for both splits: every share but the last is rounded down (INT), the last takes what
 * remains, so the shares always add up to the amount exactly. JavaScript's `Math.floor(a * w / n)`
 * and the sheet's `INT(ref*w/n)` perform the same IEEE operations in the same order (a product of
 * whole numbers below 2^53 is exact, the quotient is rounded once), so they agree; the fractional
 * part of a split of a whole number by n is at least 1/n, far above any rounding error.
 */

export interface Share {
  readonly amount: number;
  /** An expression without the leading "=", safe to join with "+": `INT('RAK 2024'!R10/3)`. */
  readonly formula: string;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** The whole amount, as its cell. */
export function wholeShare(amount: number, ref: string): Share {
  return { amount, formula: ref };
}

/**
 * `count` equal parts: floor(amount / count) each, the remainder added to the last. The last part's
 * formula is the amount minus the others: `(R10-2*INT(R10/3))`.
 */
export function evenShares(amount: number, count: number, ref: string): Share[] {
  if (count <= 1) return [wholeShare(amount, ref)];
  const part = Math.floor(amount / count);
  const shares: Share[] = [];
  for (let i = 0; i < count - 1; i++) shares.push({ amount: part, formula: `INT(${ref}/${count})` });
  const others = count - 1;
  const rest = others === 1 ? `INT(${ref}/${count})` : `${others}*INT(${ref}/${count})`;
  shares.push({ amount: amount - others * part, formula: `(${ref}-${rest})` });
  return shares;
}

/**
 * Parts in proportion to `weights` (row counts): floor(amount * w / total) each, the last part the
 * amount minus the others. Fractions are reduced (2/4 is written 1/2; the number is the same).
 */
export function weightedShares(amount: number, weights: readonly number[], ref: string): Share[] {
  const total = weights.reduce((s, w) => s + w, 0);
  // One weight (or none that counts): the whole amount to the first party.
  if (weights.length <= 1 || total <= 0) return [wholeShare(amount, ref)];
  const shares: Share[] = [];
  const taken: string[] = [];
  let sum = 0;
  weights.forEach((w, i) => {
    if (i === weights.length - 1) {
      shares.push({ amount: amount - sum, formula: `(${ref}-${taken.join("-")})` });
      return;
    }
    const g = gcd(w, total);
    const num = w / g;
    const den = total / g;
    const part = Math.floor((amount * num) / den);
    const formula = num === 1 ? `INT(${ref}/${den})` : `INT(${ref}*${num}/${den})`;
    shares.push({ amount: part, formula });
    taken.push(formula);
    sum += part;
  });
  return shares;
}

/** "=a+b+c" over the shares, "=0" when there are none. */
export function sumFormula(shares: readonly Share[]): string {
  return shares.length === 0 ? "=0" : `=${shares.map((s) => s.formula).join("+")}`;
}

export function sumAmounts(shares: readonly Share[]): number {
  return shares.reduce((s, x) => s + x.amount, 0);
}
