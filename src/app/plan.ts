import { fingerprint } from "../core/fingerprint";
import type { Plan } from "../core/model";
import { readPlan } from "../core/reader";
import type { SheetSnapshot } from "../core/snapshot";
import { readSnapshot } from "../excel/readSnapshot";
import { supports, type ExcelSession } from "../excel/session";

/** Which sheet a use case works on, and how to find its table. */
export interface SheetOptions {
  /** Sheet to work on; the active sheet when absent. */
  readonly sheet?: string;
  /** 0-based header row the user pointed at, when the reader cannot find the table by itself. */
  readonly headerRow?: number;
}

export interface ReadPlan {
  readonly ok: true;
  readonly plan: Plan;
  readonly snapshot: SheetSnapshot;
  /** The fingerprint edits planned from this reading are applied against (refused if the sheet changed). */
  readonly basedOn: string;
}

/** The sheet holds no RAK table: nothing to total or highlight. A value, not an exception. */
export interface NoTable {
  readonly ok: false;
  readonly reason: "no-table";
  readonly sheet: string;
}

/** Reads a sheet through the adapter and the core reader: the first step of every use case here. */
export async function readSheetPlan(session: ExcelSession, options: SheetOptions = {}): Promise<ReadPlan | NoTable> {
  const mergedAreas = supports(session, "mergedAreas");
  const snapshot = await session.run((context) => readSnapshot(context, options.sheet ?? null, { mergedAreas }));
  const read = readPlan(snapshot, options.headerRow === undefined ? {} : { headerRow: options.headerRow });
  if (!read.ok) return { ok: false, reason: "no-table", sheet: snapshot.sheet };
  return { ok: true, plan: read.plan, snapshot, basedOn: fingerprint(snapshot) };
}
