/**
 * Commands: what a proxy queues until `context.sync()`. A command runs against the model at sync
 * time, in queue order, and may produce response data (for `load` and methods that return values)
 * together with a `deliver` step that hands it to the proxies once the sync has come back.
 */
import type { Workbook } from "../model/workbook";

/** What a running command can reach: the model and the host's settings. */
export interface Exec {
  readonly wb: Workbook;
  readonly settings: HostSettings;
  /** Cell contents changed: formulas are recomputed before the next read and after the batch. */
  touch(): void;
  /** Recomputes formulas if anything changed since the last recomputation. */
  settle(): void;
}

export interface HostSettings {
  /** Highest ExcelApi requirement set the simulated Excel supports, e.g. "1.7" for Office 2019. */
  maxApiVersion: string;
  /**
   * Which merged areas Range.getMergedAreasOrNullObject returns: those whose top-left cell lies in
   * the range (what Excel does, OfficeDev/office-js#3611), or every area that intersects it.
   */
  mergedAreas: "topLeft" | "intersecting";
  /**
   * Range.getMergedAreasOrNullObject fails above this many areas: "if the merged areas count in
   * this range is more than 512, then this method will fail to return the result" (reference).
   */
  maxMergedAreas: number;
  /** Where real Excel differs by platform or build: see HostQuirks. */
  quirks: HostQuirks;
}

/**
 * Behaviours of real Excel that depend on the platform or build. The defaults are the strictest
 * real behaviour that does not make the host useless as a file tool: tests switch the others on.
 */
export interface HostQuirks {
  /**
   * `Worksheet.copy("Before" | "After", itself)` fails with InvalidArgument, as on Windows desktop
   * (OfficeDev/office-js#775, open). Default true.
   */
  copyBesideItselfFails: boolean;
  /**
   * `pageLayout.zoom = { horizontalFitToPages / verticalFitToPages }` is silently not applied, as
   * on Windows desktop while the Page Layout tab is not the active ribbon tab (OfficeDev/office-js#1860);
   * `{ scale }` still applies. Default false: the CLI and the workbench save what they set.
   */
  fitToPagesIgnored: boolean;
}

export const DEFAULT_QUIRKS: HostQuirks = { copyBesideItselfFails: true, fitToPagesIgnored: false };

export interface CommandResult {
  /** The data this command adds to the response (measured for the payload limit). */
  readonly json?: unknown;
  /** Applies the data to the proxies, run only when the sync (up to this command) succeeded. */
  readonly deliver?: () => void;
}

export interface Command {
  /** The command as the request would carry it (measured for the payload limit). */
  readonly json: unknown;
  /** "Range.values", "Worksheet.delete": where an error is reported (debugInfo.errorLocation). */
  readonly location: string;
  /** Changes the workbook (a failed sync may need to roll it back). */
  readonly mutates: boolean;
  /** Instantiations are bookkeeping; failNext({atCommand}) counts only the other commands. */
  readonly instantiate?: boolean;
  /** Reads data for the response. */
  readonly reads?: boolean;
  run(exec: Exec): CommandResult | void;
}

/** Compares "1.13" with "1.7" as versions, not strings. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
