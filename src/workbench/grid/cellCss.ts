/**
 * A cell's look in CSS, from the workbook's SpreadsheetML-shaped style: font, fill, borders and
 * alignment as Excel draws them at 100% zoom. Colours resolve against the default Office theme
 * (colorToHex), as the host's API reports them.
 */
import type { CSSProperties } from "react";
import { colorToHex, type BorderEdge, type CellStyle } from "../../host/model/style";
import type { CellKind, Edges } from "./gridView";
import type { ConditionalLook } from "./conditionalLooks";

/** Excel's default font; Carlito is Calibri's metric twin on Linux. */
export const DEFAULT_FONT_FAMILY = 'Calibri, Carlito, "Segoe UI", Arial, sans-serif';

export interface CellLook {
  readonly kind: CellKind;
  readonly style: CellStyle | undefined;
  readonly edges: Edges;
  readonly look: ConditionalLook | undefined;
}

export function cellCss({ kind, style, edges, look }: CellLook): CSSProperties {
  const css: CSSProperties = {};
  const font = style?.font;
  if (font?.name) css.fontFamily = `"${font.name}", ${DEFAULT_FONT_FAMILY}`;
  if (font?.size) css.fontSize = `${font.size}pt`;
  if (font?.bold || look?.bold) css.fontWeight = 700;
  if (font?.italic || look?.italic) css.fontStyle = "italic";
  const lines = [font?.underline && font.underline !== "none" ? "underline" : "", font?.strike ? "line-through" : ""];
  const decoration = lines.filter(Boolean).join(" ");
  if (decoration) css.textDecoration = decoration;
  const color = look?.fontColor ?? colorToHex(font?.color);
  if (color) css.color = color;

  const fill = look?.fill ?? fillColor(style);
  if (fill) css.backgroundColor = fill;

  // Right and bottom only: the neighbours draw the other two (see edges in gridView), so a shared edge is
  // drawn once. The first row and column have the headers above and left of them.
  if (edges.right) css.borderRight = borderCss(edges.right);
  if (edges.bottom) css.borderBottom = borderCss(edges.bottom);

  const align = style?.alignment;
  css.textAlign = horizontal(align?.horizontal, kind);
  css.verticalAlign = align?.vertical === "top" ? "top" : align?.vertical === "middle" ? "middle" : "bottom";
  if (align?.wrapText) css.whiteSpace = "pre-wrap";
  if (align?.indent) css.paddingLeft = `${3 + align.indent * 9}px`;
  return css;
}

/** OOXML border styles as CSS borders. */
const BORDER_LINES: Readonly<Record<string, string>> = {
  hair: "1px dotted",
  thin: "1px solid",
  dotted: "1px dotted",
  dashed: "1px dashed",
  dashDot: "1px dashed",
  dashDotDot: "1px dotted",
  medium: "2px solid",
  mediumDashed: "2px dashed",
  mediumDashDot: "2px dashed",
  mediumDashDotDot: "2px dashed",
  slantDashDot: "2px dashed",
  thick: "3px solid",
  double: "3px double",
};

function borderCss(edge: BorderEdge): string {
  return `${BORDER_LINES[edge.style ?? "thin"] ?? "1px solid"} ${colorToHex(edge.color, "#000000")}`;
}

function fillColor(style: CellStyle | undefined): string | null {
  const fill = style?.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  // Solid fills show their foreground; other patterns are drawn as their foreground too (close enough on screen).
  return colorToHex(fill.fgColor) ?? colorToHex(fill.bgColor);
}

/** Excel's General alignment puts numbers right, booleans and errors centre, text left. */
function horizontal(h: string | undefined, kind: CellKind): CSSProperties["textAlign"] {
  switch (h) {
    case "center":
    case "centerContinuous":
    case "distributed":
      return "center";
    case "right":
      return "right";
    case "left":
    case "fill":
      return "left";
    case "justify":
      return "justify";
    default:
      return kind === "number" ? "right" : kind === "boolean" || kind === "error" ? "center" : "left";
  }
}
