/**
 * Excel.ChartCollection (`worksheet.charts`), Excel.Chart and Excel.ChartTitle: the part of the
 * chart API Rakit uses. Members and their requirement sets as in the Office.js reference:
 * charts, add, getItem, getItemAt, name, title, top/left/width/height, setPosition and delete are
 * ExcelApi 1.1; getCount and getItemOrNullObject 1.4; Chart.worksheet 1.2; Chart.id and
 * Chart.chartType 1.7.
 *
 * Host choices where the reference is silent: a new chart is placed right of its data, 8 columns
 * by 15 rows (about Excel's 5 x 3 inch default), and named "Chart n" (the first n free on the
 * sheet). Its title is the series name when it has one series (as Excel titles such a chart), else
 * hidden. The host draws (and saves) the column and bar types; other types fail with NotImplemented.
 */
import { officeError } from "../errors";
import { parseAddress, type RangeRef } from "../model/address";
import {
  chartBox,
  DRAWN_CHART_TYPES,
  nextChartName,
  type ChartModel,
  type DrawnChartType,
  type SeriesBy,
} from "../model/chart";
import { cellsOf, chartText, resolveSeriesBy, seriesLayout } from "../model/chartSeries";
import type { Sheet } from "../model/sheet";
import { ClientObject, type ClientResult } from "./base";
import { Collection } from "./collection";
import type { Exec } from "./queue";
import { Range } from "./range";
import { assertAllowed, requireApi, sheetOf } from "./support";
import { Worksheet, type SheetTarget } from "./worksheet";

export interface ChartTarget {
  readonly sheetId: string;
  readonly chartId: string;
}

function chartOf(exec: Exec, t: ChartTarget, location: string): { sheet: Sheet; chart: ChartModel } {
  const sheet = sheetOf(exec, t.sheetId, location);
  const chart = sheet.charts.find((c) => c.id === t.chartId);
  if (!chart) throw officeError("ItemNotFound", location);
  return { sheet, chart };
}

const DEFAULT_COLS = 8;
const DEFAULT_ROWS = 15;

export class ChartCollection extends Collection<SheetTarget, Chart, ChartTarget> {
  readonly _className = "ChartCollection";

  _itemTargets(sheetId: SheetTarget, exec: Exec): ChartTarget[] {
    return sheetOf(exec, sheetId, "ChartCollection.items").charts.map((c) => ({ sheetId, chartId: c.id }));
  }

  _makeItem(target: ChartTarget): Chart {
    return new Chart(this._ctx, { resolved: target });
  }

  /**
   * Creates a chart of `sourceData` (a Range, possibly on another sheet). `seriesBy` "Auto" (the
   * default) runs series down columns unless the range is wider than tall.
   */
  add(type: string, sourceData: Range, seriesBy: SeriesBy | "Auto" = "Auto"): Chart {
    let created: string | null = null;
    this._enqueue({
      json: { op: "call", id: this._id, name: "add", args: [type, { ref: sourceData._id }, seriesBy] },
      location: "ChartCollection.add",
      mutates: true,
      run: (exec) => {
        const sheetId = this._resolve(exec);
        if (sheetId === null) return;
        const sheet = sheetOf(exec, sheetId, "ChartCollection.add");
        if (!(DRAWN_CHART_TYPES as readonly string[]).includes(type)) {
          throw officeError(
            "NotImplemented",
            "ChartCollection.add",
            `The in-memory host draws column and bar charts only, not "${type}".`,
          );
        }
        if (seriesBy !== "Auto" && seriesBy !== "Columns" && seriesBy !== "Rows")
          throw officeError("InvalidArgument", "ChartCollection.add");
        assertAllowed(sheet, "editObjects", "ChartCollection.add");
        const source = sourceData._resolve(exec);
        if (source === null) throw officeError("InvalidArgument", "ChartCollection.add");
        const dataSheet = sheetOf(exec, source.sheetId, "ChartCollection.add");
        const by = resolveSeriesBy(source.rect, seriesBy);
        const layout = seriesLayout(dataSheet, source.rect, by);
        const only = layout.series.length === 1 ? layout.series[0] : undefined;
        const name = only?.name ? chartText(cellsOf(dataSheet, only.name)[0] ?? null) : "";
        const left = source.sheetId === sheet.id ? source.rect.right + 2 : 0;
        const top = source.sheetId === sheet.id ? source.rect.top : 0;
        const chart: ChartModel = {
          id: exec.wb.newChartId(),
          name: nextChartName(sheet),
          type: type as DrawnChartType,
          title: { text: name, visible: name !== "" },
          anchor: { top, left, bottom: top + DEFAULT_ROWS - 1, right: left + DEFAULT_COLS - 1 },
          source: { ref: { sheetId: source.sheetId, rect: { ...source.rect } }, seriesBy: by },
        };
        sheet.charts.push(chart);
        created = chart.id;
      },
    });
    return new Chart(this._ctx, (exec) => {
      const sheetId = this._resolve(exec);
      if (sheetId === null) return null;
      if (created === null) throw officeError("GeneralException", "ChartCollection.add");
      return { sheetId, chartId: created };
    });
  }

  getCount(): ClientResult<number> {
    requireApi(this._ctx, "ChartCollection.getCount", "1.4");
    return this._invokeResult(
      "getCount",
      [],
      (id, exec) => sheetOf(exec, id, "ChartCollection.getCount").charts.length,
    );
  }

  /** The first chart of that name (names compare without case); ItemNotFound when there is none. */
  getItem(name: string): Chart {
    return this._byName(name, "ChartCollection.getItem", false);
  }

  getItemOrNullObject(name: string): Chart {
    requireApi(this._ctx, "ChartCollection.getItemOrNullObject", "1.4");
    return this._byName(name, "ChartCollection.getItemOrNullObject", true);
  }

  getItemAt(index: number): Chart {
    return new Chart(this._ctx, (exec) => {
      const sheetId = this._resolve(exec);
      if (sheetId === null) return null;
      const chart = sheetOf(exec, sheetId, "ChartCollection.getItemAt").charts[index];
      if (!chart) throw officeError("ItemNotFound", "ChartCollection.getItemAt");
      return { sheetId, chartId: chart.id };
    });
  }

  private _byName(name: string, location: string, orNull: boolean): Chart {
    return new Chart(this._ctx, (exec) => {
      const sheetId = this._resolve(exec);
      if (sheetId === null) return null;
      const key = name.toLowerCase();
      const chart = sheetOf(exec, sheetId, location).charts.find((c) => c.name.toLowerCase() === key);
      if (chart) return { sheetId, chartId: chart.id };
      if (orNull) return null;
      throw officeError("ItemNotFound", location);
    });
  }
}

export class Chart extends ClientObject<ChartTarget> {
  readonly _className = "Chart";
  readonly _scalarNames = ["name", "top", "left", "width", "height"] as const;
  override readonly _navNames = ["title", "worksheet"] as const;
  private _title: ChartTitle | undefined;
  private _worksheet: Worksheet | undefined;

  override _extraScalars(): readonly string[] {
    return ["id", "chartType"];
  }

  override _navTarget(name: string, t: ChartTarget): unknown {
    return name === "worksheet" ? t.sheetId : t;
  }

  _readScalar(name: string, t: ChartTarget, exec: Exec): unknown {
    const { sheet, chart } = chartOf(exec, t, `Chart.${name}`);
    switch (name) {
      case "name":
        return chart.name;
      case "id":
        return chart.id;
      case "chartType":
        return chart.type;
      case "top":
      case "left":
      case "width":
      case "height":
        return chartBox(sheet, chart.anchor)[name];
    }
    return undefined;
  }

  get title(): ChartTitle {
    this._title ??= new ChartTitle(this._ctx, (exec) => this._resolve(exec));
    return this._title;
  }

  /** The sheet the chart is on (ExcelApi 1.2). */
  get worksheet(): Worksheet {
    requireApi(this._ctx, "Chart.worksheet", "1.2");
    this._worksheet ??= new Worksheet(this._ctx, (exec) => this._resolve(exec)?.sheetId ?? null);
    return this._worksheet;
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._setProp("name", value, (t, exec) => {
      const { sheet, chart } = chartOf(exec, t, "Chart.name");
      assertAllowed(sheet, "editObjects", "Chart.name");
      if (typeof value !== "string" || value.trim() === "") throw officeError("InvalidArgument", "Chart.name");
      chart.name = value;
    });
  }

  /** ExcelApi 1.7. */
  get id(): string {
    requireApi(this._ctx, "Chart.id", "1.7");
    return this._get("id");
  }

  /** ExcelApi 1.7. */
  get chartType(): string {
    requireApi(this._ctx, "Chart.chartType", "1.7");
    return this._get("chartType");
  }

  get top(): number {
    return this._get("top");
  }
  get left(): number {
    return this._get("left");
  }
  get width(): number {
    return this._get("width");
  }
  get height(): number {
    return this._get("height");
  }

  /**
   * Moves the chart to `startCell` (its top-left corner); with `endCell` the chart is sized to cover
   * it fully ("the chart's width and height will be set to fully cover up this cell/range"), without
   * it the chart keeps its size in cells. Addresses are on the chart's sheet.
   */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const ref = (cell: Range | string): unknown => (typeof cell === "string" ? cell : { ref: cell._id });
    this._enqueue({
      json: { op: "call", id: this._id, name: "setPosition", args: [ref(startCell), endCell ? ref(endCell) : null] },
      location: "Chart.setPosition",
      mutates: true,
      run: (exec) => {
        const t = this._resolve(exec);
        if (t === null) return;
        const { sheet, chart } = chartOf(exec, t, "Chart.setPosition");
        assertAllowed(sheet, "editObjects", "Chart.setPosition");
        const start = rectOf(startCell, sheet, exec);
        const rows = chart.anchor.bottom - chart.anchor.top;
        const cols = chart.anchor.right - chart.anchor.left;
        if (endCell === undefined) {
          chart.anchor = { top: start.top, left: start.left, bottom: start.top + rows, right: start.left + cols };
          return;
        }
        const end = rectOf(endCell, sheet, exec);
        chart.anchor = {
          top: Math.min(start.top, end.top),
          left: Math.min(start.left, end.left),
          bottom: Math.max(start.top, end.bottom),
          right: Math.max(start.left, end.right),
        };
      },
    });
  }

  /** Deletes the chart. */
  delete(): void {
    this._invoke("delete", [], (t, exec) => {
      const { sheet, chart } = chartOf(exec, t, "Chart.delete");
      assertAllowed(sheet, "editObjects", "Chart.delete");
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

/** A cell address on the chart's sheet, or a Range of it. */
function rectOf(cell: Range | string, sheet: Sheet, exec: Exec): RangeRef {
  if (typeof cell === "string") {
    const parsed = parseAddress(cell);
    if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
      throw officeError("InvalidArgument", "Chart.setPosition");
    return parsed.rect;
  }
  const t = cell._resolve(exec);
  if (t === null || t.sheetId !== sheet.id) throw officeError("InvalidArgument", "Chart.setPosition");
  return t.rect;
}

export class ChartTitle extends ClientObject<ChartTarget> {
  readonly _className = "ChartTitle";
  readonly _scalarNames = ["text", "visible"] as const;

  _readScalar(name: string, t: ChartTarget, exec: Exec): unknown {
    const { chart } = chartOf(exec, t, `ChartTitle.${name}`);
    return name === "text" ? chart.title.text : chart.title.visible;
  }

  get text(): string {
    return this._get("text");
  }
  /** Setting a title's text shows the title. */
  set text(value: string) {
    this._setProp("text", value, (t, exec) => {
      const { sheet, chart } = chartOf(exec, t, "ChartTitle.text");
      assertAllowed(sheet, "editObjects", "ChartTitle.text");
      chart.title = { text: String(value), visible: true };
    });
  }

  get visible(): boolean {
    return this._get("visible");
  }
  set visible(value: boolean) {
    this._setProp("visible", value, (t, exec) => {
      const { sheet, chart } = chartOf(exec, t, "ChartTitle.visible");
      assertAllowed(sheet, "editObjects", "ChartTitle.visible");
      chart.title = { ...chart.title, visible: value === true };
    });
  }
}
