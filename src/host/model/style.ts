/**
 * Cell styles. The shapes follow SpreadsheetML (and exceljs, which mirrors it) so that a file read
 * and written again keeps its styles exactly: colours stay theme colours, border styles stay OOXML
 * names. The API layer translates to and from Office.js terms (colours "#RRGGBB", "Continuous"
 * borders, "Center" alignment).
 *
 * Style objects are immutable: a change builds a new object, so cells can share them.
 */

/** A colour as stored: ARGB hex ("FF4472C4"), a theme slot with optional tint, or a legacy index. */
export interface ColorSpec {
  readonly argb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
}

export interface FontStyle {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean | "none" | "single" | "double" | "singleAccounting" | "doubleAccounting";
  readonly strike?: boolean;
  readonly color?: ColorSpec;
  readonly family?: number;
  readonly scheme?: "minor" | "major" | "none";
  readonly charset?: number;
  readonly vertAlign?: "superscript" | "subscript";
  readonly outline?: boolean;
}

export interface PatternFill {
  readonly type: "pattern";
  readonly pattern: string;
  readonly fgColor?: ColorSpec;
  readonly bgColor?: ColorSpec;
}

/** Gradient fills are kept as read, for round-tripping; the API reports them as no solid colour. */
export interface GradientFill {
  readonly type: "gradient";
  readonly [key: string]: unknown;
}

export type FillStyle = PatternFill | GradientFill;

export interface BorderEdge {
  /** OOXML border style: "thin", "medium", "thick", "hair", "dashed", "dotted", "double", ... */
  readonly style?: string;
  readonly color?: ColorSpec;
}

export interface BorderStyle {
  readonly top?: BorderEdge;
  readonly left?: BorderEdge;
  readonly bottom?: BorderEdge;
  readonly right?: BorderEdge;
  readonly diagonal?: BorderEdge & { readonly up?: boolean; readonly down?: boolean };
}

export interface AlignmentStyle {
  readonly horizontal?: "left" | "center" | "right" | "fill" | "justify" | "centerContinuous" | "distributed";
  readonly vertical?: "top" | "middle" | "bottom" | "distributed" | "justify";
  readonly wrapText?: boolean;
  readonly shrinkToFit?: boolean;
  readonly indent?: number;
  readonly readingOrder?: "rtl" | "ltr";
  readonly textRotation?: number | "vertical";
}

export interface ProtectionStyle {
  readonly locked?: boolean;
  readonly hidden?: boolean;
}

export interface CellStyle {
  readonly numFmt?: string;
  readonly font?: FontStyle;
  readonly fill?: FillStyle;
  readonly border?: BorderStyle;
  readonly alignment?: AlignmentStyle;
  readonly protection?: ProtectionStyle;
}

export const EMPTY_STYLE: CellStyle = Object.freeze({});

/** Excel's defaults for a workbook without its own: Calibri 11, black. */
export const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;
export const DEFAULT_NUMBER_FORMAT = "General";

/** True when the style changes nothing about how a cell looks. */
export function isEmptyStyle(style: CellStyle | undefined): boolean {
  if (!style) return true;
  return (
    style.numFmt === undefined &&
    isBlank(style.font) &&
    (style.fill === undefined || (style.fill.type === "pattern" && style.fill.pattern === "none")) &&
    isBlank(style.border) &&
    isBlank(style.alignment) &&
    (style.protection === undefined || (style.protection.locked !== false && style.protection.hidden !== true))
  );
}

function isBlank(part: object | undefined): boolean {
  if (!part) return true;
  return Object.values(part).every((v) => v === undefined);
}

/** Drops undefined members, so that equal styles compare equal as JSON. */
function clean<T extends object>(obj: T): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length > 0 ? (out as T) : undefined;
}

export interface StylePatch {
  numFmt?: string;
  font?: Partial<Record<keyof FontStyle, unknown>>;
  /** null removes the fill. */
  fill?: FillStyle | null;
  border?: Partial<Record<keyof BorderStyle, BorderEdge | null>>;
  alignment?: Partial<Record<keyof AlignmentStyle, unknown>>;
  protection?: Partial<ProtectionStyle>;
}

/** A new style with `patch` laid over `base`. */
export function applyPatch(base: CellStyle | undefined, patch: StylePatch): CellStyle {
  const b = base ?? EMPTY_STYLE;
  const out: Record<string, unknown> = { ...b };
  if (patch.numFmt !== undefined) out.numFmt = patch.numFmt;
  if (patch.font) out.font = clean({ ...b.font, ...patch.font });
  if (patch.fill !== undefined) out.fill = patch.fill === null ? undefined : patch.fill;
  if (patch.border) {
    const border: Record<string, unknown> = { ...b.border };
    for (const [side, edge] of Object.entries(patch.border)) border[side] = edge === null ? undefined : edge;
    out.border = clean(border);
  }
  if (patch.alignment) out.alignment = clean({ ...b.alignment, ...patch.alignment });
  if (patch.protection) out.protection = clean({ ...b.protection, ...patch.protection });
  return Object.freeze((clean(out) ?? {}) as CellStyle);
}

/** Shares the style objects a bulk change creates: one new style per distinct old style. */
export class PatchCache {
  private readonly cache = new Map<CellStyle | undefined, CellStyle>();
  constructor(private readonly patch: StylePatch) {}
  apply(base: CellStyle | undefined): CellStyle {
    let hit = this.cache.get(base);
    if (!hit) {
      hit = applyPatch(base, this.patch);
      this.cache.set(base, hit);
    }
    return hit;
  }
}

// ---------------------------------------------------------------------------------------------
// Colours

/**
 * The default Office theme's colours, by the index SpreadsheetML uses in `theme="n"`. Excel swaps
 * the first two pairs relative to the theme file's order: 0 is light 1 (window background), 1 is
 * dark 1 (text), 2 is light 2, 3 is dark 2, then accents 1-6, hyperlink, followed hyperlink.
 */
const THEME_COLORS = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

// The first 64 entries of the legacy palette (indexed colours).
const INDEXED_COLORS = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
];

/** "#RRGGBB" for a stored colour (theme colours resolved against the default Office theme). */
export function colorToHex(color: ColorSpec | undefined, fallback: string | null = null): string | null {
  if (!color) return fallback;
  if (color.argb !== undefined) {
    const hex = color.argb.length === 8 ? color.argb.slice(2) : color.argb;
    return `#${hex.toUpperCase()}`;
  }
  if (color.theme !== undefined) {
    const base = THEME_COLORS[color.theme];
    if (!base) return fallback;
    return `#${applyTint(base, color.tint ?? 0)}`;
  }
  if (color.indexed !== undefined) {
    const base = INDEXED_COLORS[color.indexed];
    return base ? `#${base}` : fallback;
  }
  return fallback;
}

/** Tint as SpreadsheetML defines it (ECMA-376 18.8.19): lighten towards white or darken to black. */
function applyTint(hex: string, tint: number): string {
  if (tint === 0) return hex.toUpperCase();
  const channel = (i: number): string => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    const v = tint < 0 ? c * (1 + tint) : c * (1 - tint) + 255 * tint;
    return Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, "0")
      .toUpperCase();
  };
  return channel(0) + channel(2) + channel(4);
}

const NAMED_COLORS: Record<string, string> = {
  black: "000000",
  white: "FFFFFF",
  red: "FF0000",
  green: "008000",
  lime: "00FF00",
  blue: "0000FF",
  yellow: "FFFF00",
  orange: "FFA500",
  gray: "808080",
  grey: "808080",
  purple: "800080",
  pink: "FFC0CB",
  cyan: "00FFFF",
  magenta: "FF00FF",
  silver: "C0C0C0",
  navy: "000080",
  maroon: "800000",
  teal: "008080",
  olive: "808000",
};

/**
 * Parses a colour as Office.js accepts it ("#RRGGBB", "RRGGBB", "#RGB" or an HTML colour name) into
 * ARGB; null when it is not a colour, which the API reports as InvalidArgument.
 */
export function parseColor(input: string): ColorSpec | null {
  const s = input.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return { argb: `FF${named}` };
  const m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (m) return { argb: `FF${(m[1] as string).toUpperCase()}` };
  const short = /^#([0-9a-fA-F]{3})$/.exec(s);
  if (short) {
    const [r, g, b] = (short[1] as string).toUpperCase().split("");
    return { argb: `FF${r}${r}${g}${g}${b}${b}` };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Widths and heights

/** Pixels of the widest digit in Calibri 11, which column widths are measured in. */
const MAX_DIGIT_WIDTH = 7;

/**
 * A column width as the file stores it (`<col width>`, characters plus padding, what exceljs
 * reports) in points, Office.js's unit for `format.columnWidth` (ECMA-376 18.3.1.13).
 */
export function fileWidthToPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH)) / 256) * MAX_DIGIT_WIDTH);
  return pixels * 0.75;
}

/** Points back to the file's width unit, truncated to 1/256 as Excel stores it. */
export function pointsToFileWidth(points: number): number {
  const pixels = Math.round(points / 0.75);
  return Math.max(0, Math.trunc((pixels / MAX_DIGIT_WIDTH) * 256) / 256);
}

/** Excel's standard column width (8.43 characters = 64 pixels) and row height for Calibri 11. */
export const STANDARD_COLUMN_WIDTH = 9.140625;
export const STANDARD_ROW_HEIGHT = 15;
