/**
 * A lexer for Excel A1 formulas, for rewriting references without touching anything else: every
 * token keeps its exact source text, so joining the tokens gives the formula back unchanged.
 *
 * It only has to tell apart what matters to reference rewriting: text in double quotes, sheet
 * prefixes (quoted or not), function names (`LOG10(` is a function, not cell LOG10), words that may
 * be cells, columns or names, numbers (which may be rows in `3:5`), error literals, and brackets
 * (structured or external references, kept opaque).
 */

export type TokenKind = "ws" | "string" | "error" | "sheet" | "func" | "word" | "number" | "op" | "bracket" | "other";

export interface Token {
  readonly kind: TokenKind;
  /** The exact source text. */
  readonly text: string;
  /** For "sheet": the sheet name, unquoted and unescaped, without the "!". */
  readonly sheet?: string;
  /** For "func": the function name without "(", upper-cased, "_xlfn." removed. */
  readonly name?: string;
}

const ERROR_LITERALS = [
  "#GETTING_DATA",
  "#DIV/0!",
  "#VALUE!",
  "#SPILL!",
  "#NULL!",
  "#NAME?",
  "#CALC!",
  "#REF!",
  "#NUM!",
  "#N/A",
];

// Characters of an unquoted sheet name or a defined name; non-ASCII letters included, as Excel allows.
const NAME_CHAR = /[A-Za-z0-9_.\\?$\u00A1-\uFFFF]/;
const UNQUOTED_SHEET = /[A-Za-z0-9_.\u00A1-\uFFFF]+!/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const TWO_CHAR_OPS = new Set(["<=", ">=", "<>"]);

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i] as string;

    if (/\s/.test(ch)) {
      let j = i + 1;
      while (j < n && /\s/.test(formula[j] as string)) j++;
      tokens.push({ kind: "ws", text: formula.slice(i, j) });
      i = j;
      continue;
    }

    if (ch === '"') {
      const j = endOfQuoted(formula, i, '"');
      tokens.push({ kind: "string", text: formula.slice(i, j) });
      i = j;
      continue;
    }

    if (ch === "'") {
      const j = endOfQuoted(formula, i, "'");
      const text = formula.slice(i, j);
      if (formula[j] === "!") {
        const sheet = text.slice(1, -1).replace(/''/g, "'");
        tokens.push({ kind: "sheet", text: text + "!", sheet });
        i = j + 1;
      } else {
        // A quoted name without "!" is not valid Excel; keep it opaque rather than guess.
        tokens.push({ kind: "other", text });
        i = j;
      }
      continue;
    }

    if (ch === "#") {
      const rest = formula.slice(i, i + 13).toUpperCase();
      const literal = ERROR_LITERALS.find((e) => rest.startsWith(e));
      if (literal) {
        tokens.push({ kind: "error", text: formula.slice(i, i + literal.length) });
        i += literal.length;
        continue;
      }
    }

    if (ch === "[") {
      const j = endOfBracket(formula, i);
      tokens.push({ kind: "bracket", text: formula.slice(i, j) });
      i = j;
      continue;
    }

    UNQUOTED_SHEET.lastIndex = i;
    const sheetMatch = UNQUOTED_SHEET.exec(formula);
    if (sheetMatch) {
      const text = sheetMatch[0];
      tokens.push({ kind: "sheet", text, sheet: text.slice(0, -1) });
      i += text.length;
      continue;
    }

    if (/[0-9.]/.test(ch)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(formula);
      if (m && m[0].length > 0) {
        tokens.push({ kind: "number", text: m[0] });
        i += m[0].length;
        continue;
      }
    }

    if (/[A-Za-z_\\$\u00A1-\uFFFF]/.test(ch)) {
      let j = i + 1;
      while (j < n && NAME_CHAR.test(formula[j] as string)) j++;
      const text = formula.slice(i, j);
      if (formula[j] === "(" && !text.includes("$")) {
        const name = text
          .toUpperCase()
          .replace(/^_XLFN\./, "")
          .replace(/^_XLWS\./, "");
        tokens.push({ kind: "func", text: text + "(", name });
        i = j + 1;
      } else {
        tokens.push({ kind: "word", text });
        i = j;
      }
      continue;
    }

    const two = formula.slice(i, i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: "op", text: two });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%,;(){}:@!".includes(ch)) {
      tokens.push({ kind: "op", text: ch });
      i += 1;
      continue;
    }
    tokens.push({ kind: "other", text: ch });
    i += 1;
  }
  return tokens;
}

/** Index just past a quoted run starting at `start` (doubled quotes are escapes). Unterminated runs end the formula. */
function endOfQuoted(s: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < s.length) {
    if (s[j] === quote) {
      if (s[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return s.length;
}

/** Index just past a bracketed run, counting nested brackets (structured references nest them). */
function endOfBracket(s: string, start: number): number {
  let depth = 0;
  for (let j = start; j < s.length; j++) {
    const c = s[j];
    if (c === "[") depth++;
    else if (c === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return s.length;
}
