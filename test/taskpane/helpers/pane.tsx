import "./jsdomGlobals";
import { render, type RenderResult } from "@testing-library/react";
import { hostFrom, type GridCell } from "../../host/grid";
import type { ExcelHost } from "../../../src/host";
import type { ExcelSession } from "../../../src/excel/session";
import type { RibbonAction } from "../../../src/taskpane/ribbonAction";
import { Taskpane } from "../../../src/taskpane/mountTaskpane";

export interface PaneOptions {
  readonly action?: RibbonAction | null;
  readonly displayLanguage?: string;
  /** Another session in front of the host (e.g. one that holds its runs back). */
  readonly session?: ExcelSession;
}

/** The whole pane (theme, session, App) over the in-memory host, as mountTaskpane renders it. */
export function renderPane(session: ExcelSession, options: PaneOptions = {}): RenderResult {
  return render(
    <Taskpane
      session={options.session ?? session}
      action={options.action ?? null}
      displayLanguage={options.displayLanguage}
    />,
  );
}

/** A host whose only (so active) sheet is `sheet`, holding `rows`. */
export function hostWith(sheet: string, rows: readonly (readonly GridCell[])[]): ExcelHost {
  return hostFrom({ [sheet]: rows });
}

/** The selected range as Office reports it ("'RAK 2024'!D8"), read through the API like any adapter call. */
export async function selectedAddress(host: ExcelHost): Promise<string> {
  return host.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return range.address;
  });
}

/** How many conditional formats the sheet has. */
export async function conditionalFormatCount(host: ExcelHost, sheet: string): Promise<number> {
  return host.run(async (context) => {
    const cfs = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    cfs.load("items/type");
    await context.sync();
    return cfs.items.length;
  });
}

/** Writes cells through the API, as the user typing in Excel would. */
export async function typeInto(host: ExcelHost, sheet: string, address: string, values: unknown[][]): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await context.sync();
  });
}

/** A session in front of another that holds every run until `release()`, to see the pane while it waits. */
export function gatedSession(
  inner: ExcelSession,
): ExcelSession & { release(): void; hold(): void; readonly waiting: number } {
  let gate: Promise<void> = Promise.resolve();
  let open: () => void = () => undefined;
  let waiting = 0;
  const close = () => {
    gate = new Promise<void>((resolve) => (open = resolve));
  };
  close();
  return {
    async run(batch) {
      waiting++;
      await gate;
      waiting--;
      return inner.run(batch);
    },
    isSetSupported: (name, version) => inner.isSetSupported(name, version),
    release() {
      open();
    },
    hold() {
      close();
    },
    get waiting() {
      return waiting;
    },
  };
}

/**
 * A slow Excel: every run reaches the workbook at once (it reads the sheet as it is then), but its
 * answer is held until `answer()`, as a long round trip on a busy machine would hold it; after
 * `free()` answers come at once. `runs` counts the batches run, `held` those whose answer waits.
 */
export function slowAnswers(inner: ExcelSession): ExcelSession & {
  answer(): void;
  free(): void;
  readonly runs: number;
  readonly held: number;
} {
  let runs = 0;
  let holding = true;
  let waiting: (() => void)[] = [];
  const answer = () => {
    const now = waiting;
    waiting = [];
    for (const go of now) go();
  };
  return {
    async run(batch) {
      runs++;
      const result = await inner.run(batch);
      if (holding) await new Promise<void>((resolve) => waiting.push(resolve));
      return result;
    },
    isSetSupported: (name, version) => inner.isSetSupported(name, version),
    answer,
    free() {
      holding = false;
      answer();
    },
    get runs() {
      return runs;
    },
    get held() {
      return waiting.length;
    },
  };
}
