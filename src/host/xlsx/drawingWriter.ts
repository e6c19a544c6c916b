/**
 * A sheet's drawing written back (see drawings.ts for how it is read): the kept anchors where their
 * rows are now, the charts' anchors following the model (deleted, moved, added), each kept chart's
 * part rewritten only when the ranges it names moved, and a copied sheet's drawing and charts
 * copied under new names (its pictures shared with the source's: two relationships may name one
 * picture).
 */
import { sameRect } from "../model/address";
import type { ChartModel } from "../model/chart";
import { resolveKept, serializeKept, type KeptElement, type KeptPart } from "../model/kept";
import type { Sheet } from "../model/sheet";
import { chartAnchorXml, drawnChartXml, EMPTY_DRAWING_XML, markerXml } from "./chartXml";
import { anchorOf, keptChartXml } from "./drawings";
import { CT, relKind, relType, type RelationshipsPart } from "./opc";
import type { SaveContext } from "./sheet/writeSheet";
import { attributes, tags } from "./xml/patterns";
import { localName } from "./xml/text";
import { parseFragment, parseXml, setContent, type XmlElement } from "./xml/tree";

export interface DrawingLinks {
  /** The relationship id of a drawing made for this sheet (its `<drawing>` element must be added). */
  readonly added?: string;
  /** The relationship id of a drawing that is gone (its `<drawing>` element must go). */
  readonly removed?: string;
}

function chartRelId(anchor: KeptElement): string | undefined {
  const tag = tags(serializeKept(anchor), "chart").find((t) => /:id=/.test(t));
  return tag ? attributes(tag).get("id") : undefined;
}

function dataSheetOf(ctx: SaveContext, chart: ChartModel, fallback: Sheet): Sheet {
  return (chart.source ? ctx.wb.sheetById(chart.source.ref.sheetId) : undefined) ?? fallback;
}

/** Rewrites an anchor's corners to cover `rect` (a chart moved through the API). */
function moveAnchor(anchor: KeptElement, rect: ChartModel["anchor"]): KeptElement {
  const prefix = anchor.name.includes(":") ? anchor.name.slice(0, anchor.name.indexOf(":") + 1) : "";
  const marker = (tag: "from" | "to", col: number, row: number): XmlElement => {
    const xml = markerXml(tag, col, row).replace(/xdr:/g, prefix);
    return parseFragment(xml)[0] as XmlElement;
  };
  const children = anchor.children.map((c) => {
    if (typeof c === "string") return c;
    if (localName(c.name) === "from") return marker("from", rect.left, rect.top);
    if (localName(c.name) === "to") return marker("to", rect.right + 1, rect.bottom + 1);
    return c;
  });
  return { ...anchor, children };
}

function nextShapeId(root: KeptElement): number {
  let max = 1;
  for (const m of serializeKept(root).matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*\sid="(\d+)"/g))
    max = Math.max(max, Number(m[1]));
  return max + 1;
}

export function writeDrawing(
  ctx: SaveContext,
  sheet: Sheet,
  owner: boolean,
  sheetRels: RelationshipsPart,
): DrawingLinks {
  const { out, wb } = ctx;
  const kept: KeptPart | undefined = sheet.kept.parts.find((p) => p.kind === "drawing");
  if (!kept && sheet.charts.length === 0) return {};

  const root: KeptElement = (kept ? resolveKept(kept.root) : null) ?? parseXml(EMPTY_DRAWING_XML).root;
  const prolog = kept?.prolog ?? EMPTY_DRAWING_XML.slice(0, EMPTY_DRAWING_XML.indexOf("<xdr:wsDr"));
  const epilog = kept?.epilog ?? "";
  const chartsById = new Map(sheet.charts.map((c) => [c.id, c]));
  const present = new Set<string>();
  let survivors = 0;
  for (const child of root.children) {
    if (typeof child === "string") continue;
    if (child.link === undefined) survivors++;
    else if (chartsById.has(child.link)) {
      survivors++;
      present.add(child.link);
    }
  }
  const added = sheet.charts.filter((c) => !present.has(c.id));
  if (survivors + added.length === 0) {
    if (!kept) return {};
    if (owner) sheetRels.remove(kept.relId);
    return { removed: kept.relId };
  }

  let part: string;
  let links: DrawingLinks = {};
  if (kept && owner) part = kept.part;
  else if (kept) {
    part = out.uniqueName(kept.part.replace(/\d*\.xml$/i, ""), ".xml");
    out.types.add(part, out.types.typeOf(kept.part) ?? CT.drawing);
    sheetRels.addWithId(kept.relId, relType("drawing"), part, false);
  } else {
    part = out.uniqueName("xl/drawings/drawing", ".xml");
    out.types.add(part, CT.drawing);
    links = { added: sheetRels.add(relType("drawing"), part) };
  }
  const rels = out.rels(part);

  const sourceRels = kept ? out.rels(kept.part).relationships : [];
  const children = root.children.flatMap((child): KeptElement["children"] => {
    if (typeof child === "string" || child.link === undefined) return [child];
    const chart = chartsById.get(child.link);
    const relId = chartRelId(child);
    if (!chart) {
      if (owner && relId) rels.remove(relId);
      return [];
    }
    const anchor = sameRect(chart.anchor, anchorOf(sheet, serializeKept(child)))
      ? child
      : moveAnchor(child, chart.anchor);
    const text = chart.kept ? keptChartXml(chart.kept, wb) : drawnChartXml(chart, dataSheetOf(ctx, chart, sheet));
    const target = sourceRels.find((r) => r.id === relId)?.target;
    if (owner && target) out.setText(target, text);
    else if (target && relId)
      rels.addWithId(
        relId,
        relType("chart"),
        out.copyTree(target, (o) => (o === target ? text : null)),
        false,
      );
    return [anchor];
  });
  // The copy's drawing links what its source's did (pictures shared), charts aside.
  if (kept && !owner) {
    for (const rel of sourceRels) {
      if (relKind(rel.type) === "chart") continue;
      out.copyRelationship(rels, rel, () => null);
    }
  }
  // Charts added through the API.
  let shapeId = nextShapeId(root);
  for (const chart of added) {
    const chartPart = out.uniqueName("xl/charts/chart", ".xml");
    out.setText(
      chartPart,
      chart.kept ? keptChartXml(chart.kept, wb) : drawnChartXml(chart, dataSheetOf(ctx, chart, sheet)),
    );
    out.types.add(chartPart, CT.chart);
    const relId = rels.add(relType("chart"), chartPart);
    children.push(parseFragment(chartAnchorXml(chart, shapeId++, relId))[0] as XmlElement);
  }

  const drawing: KeptElement = { ...root, children: [] };
  setContent(drawing as XmlElement, children as XmlElement["children"]);
  out.setText(part, prolog + serializeKept(drawing) + epilog);
  return links;
}
