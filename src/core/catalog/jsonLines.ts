/**
 * JSON.parse that also tells which line each value starts on, so that a bad catalog entry can be
 * reported as "entry 12 (line 240): months: ...". JSON.parse gives no positions, and the core may
 * not import a package, so this is a small recursive-descent parser of standard JSON (RFC 8259).
 */

export type JsonPath = readonly (string | number)[];

export type JsonParse =
  | { readonly ok: true; readonly value: unknown; lineOf(path: JsonPath): number | undefined }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly detail: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const pathKey = (path: JsonPath): string => path.map(String).join("\u0000");

export function parseJsonWithLines(text: string): JsonParse {
  const lines = new Map<string, number>();
  // Line starts, to turn an offset into a line without counting from the top each time.
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let pos = 0;
  const fail = (detail: string): never => {
    throw new JsonSyntaxError(pos, detail);
  };
  const skip = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const expect = (ch: string): void => {
    if (text[pos] !== ch) fail(`expected "${ch}"${pos < text.length ? `, found "${text[pos]}"` : " before the end"}`);
    pos++;
  };

  const parseString = (): string => {
    expect('"');
    let out = "";
    for (;;) {
      if (pos >= text.length) fail("unterminated string");
      const ch = text[pos] as string;
      if (ch === '"') {
        pos++;
        return out;
      }
      if (ch === "\\") {
        const esc = text[pos + 1];
        const simple: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        if (esc !== undefined && simple[esc] !== undefined) {
          out += simple[esc];
          pos += 2;
        } else if (esc === "u") {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("bad \\u escape");
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else {
          fail("bad escape in string");
        }
        continue;
      }
      if (ch.charCodeAt(0) < 32) fail("control character in string");
      out += ch;
      pos++;
    }
  };

  const parseNumber = (): number => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (!m) fail("bad number");
    const literal = (m as RegExpExecArray)[0];
    pos += literal.length;
    return Number(literal);
  };

  const parseValue = (path: (string | number)[]): unknown => {
    skip();
    lines.set(pathKey(path), lineAt(pos));
    const ch = text[pos];
    if (ch === "{") {
      pos++;
      const obj: Record<string, unknown> = {};
      skip();
      if (text[pos] === "}") {
        pos++;
        return obj;
      }
      for (;;) {
        skip();
        const key = parseString();
        skip();
        expect(":");
        obj[key] = parseValue([...path, key]);
        skip();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        expect("}");
        return obj;
      }
    }
    if (ch === "[") {
      pos++;
      const arr: unknown[] = [];
      skip();
      if (text[pos] === "]") {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue([...path, arr.length]));
        skip();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        expect("]");
        return arr;
      }
    }
    if (ch === '"') return parseString();
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return parseNumber();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    return fail(pos >= text.length ? "unexpected end of text" : `unexpected "${ch}"`);
  };

  try {
    // A byte-order mark is not JSON, but editors on Windows write one.
    if (text.charCodeAt(0) === 0xfeff) pos = 1;
    const value = parseValue([]);
    skip();
    if (pos < text.length) fail(`unexpected "${text[pos]}" after the end`);
    return { ok: true, value, lineOf: (path) => lines.get(pathKey(path)) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const line = lineAt(error.offset);
    return { ok: false, line, column: error.offset - (starts[line - 1] as number) + 1, detail: error.detail };
  }
}
