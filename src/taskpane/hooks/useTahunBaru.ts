import { useCallback, useMemo, type Dispatch } from "react";
import { loadCatalog, standardCatalog } from "../../app/katalog";
import { checkSheet } from "../../app/periksa";
import { readSheetPlan } from "../../app/plan";
import { previewTahunBaru, tahunBaru, type TahunBaruOptions } from "../../app/tahunBaru";
import { planYear } from "../../core/catalog";
import type { ExcelSession } from "../../excel/session";
import { stageYearsFromCatalog, type StageYears, type YearMentionDecision } from "../../core/rollover";
import { useSession } from "../session/SessionContext";
import type { PaneAction, PaneState } from "../state/reducer";
import { parseYear, type TahunBaruState } from "../state/tahunBaru";
import { sheetOptions } from "./useAnggaran";
import { toPaneError } from "./usePeriksa";
import { useLatest, useRequestIds } from "./useLatest";

/** The choices a preview is made with, passed in: the view calls it as the user types. */
export interface PreviewChoices {
  readonly year: string;
  readonly name: string;
}

/** The Tahun Baru view's commands. Each runs a use case from src/app and reports to the reducer; none throws. */
export interface TahunBaruCommands {
  /** What the new sheet would be (review: proposed drops, year mentions), nothing written. */
  preview(choices: PreviewChoices): Promise<void>;
  /** "Buat RAK <year>": the new sheet, then Periksa on it. */
  create(): Promise<void>;
}

/**
 * Stage years per the workbook's catalog (its Katalog sheet over the shipped one; the shipped one
 * alone when that sheet is refused, which Periksa and Katalog report).
 */
async function catalogStageYears(session: ExcelSession): Promise<StageYears> {
  const loaded = await loadCatalog(session);
  return stageYearsFromCatalog(loaded.ok ? loaded.catalog : standardCatalog());
}

function options(
  state: TahunBaruState,
  year: number,
  name: string,
  stageYears: StageYears,
): Omit<TahunBaruOptions, "sheet" | "headerRow"> {
  const yearMentions: Record<string, YearMentionDecision> = {};
  for (const address of state.mentions) yearMentions[address] = "change";
  return {
    year,
    clear: state.clear,
    dropBlocks: state.drops,
    yearMentions,
    stageYears,
    ...(name.trim() === "" ? {} : { newName: name.trim() }),
  };
}

export function useTahunBaru(
  state: PaneState,
  dispatch: Dispatch<PaneAction>,
  recheck: () => Promise<void>,
): TahunBaruCommands {
  const session = useSession();
  const latest = useLatest(state);
  const nextId = useRequestIds();

  const preview = useCallback(
    async (choices: PreviewChoices) => {
      const typed = parseYear(choices.year);
      if (choices.year.trim() !== "" && typed === null) return;
      const id = nextId(latest.current.tahunBaru.previewId);
      dispatch({ type: "tahunBaru/previewStarted", id });
      try {
        const current = latest.current;
        let year = typed;
        if (year === null) {
          // No year typed yet: the plan's own year + 1 (this year's + 1 when the plan states none).
          const read = await readSheetPlan(session, sheetOptions(current));
          const from = read.ok ? planYear(read.plan) : null;
          year = (from ?? new Date().getFullYear()) + 1;
        }
        const stageYears = await catalogStageYears(session);
        const result = await previewTahunBaru(session, {
          ...sheetOptions(current),
          ...options(current.tahunBaru, year, choices.name, stageYears),
        });
        dispatch({ type: "tahunBaru/previewed", id, year, result });
      } catch (error) {
        dispatch({ type: "tahunBaru/failed", op: "tahunBaruPreview", id, error: toPaneError(error) });
      }
    },
    [session, dispatch],
  );

  const create = useCallback(async () => {
    const current = latest.current;
    const { preview: shown } = current.tahunBaru;
    const year = parseYear(current.tahunBaru.year);
    if (!shown?.ok || year === null) return;
    dispatch({ type: "tahunBaru/createStarted" });
    try {
      const stageYears = await catalogStageYears(session);
      const result = await tahunBaru(session, {
        ...sheetOptions(current, shown.source),
        ...options(current.tahunBaru, year, current.tahunBaru.name, stageYears),
      });
      if (!result.ok) {
        dispatch({ type: "tahunBaru/created", result, counts: null });
        return;
      }
      const { analysis } = await checkSheet(session, { sheet: result.newSheet });
      const count = (severity: string) => analysis.findings.filter((f) => f.severity === severity).length;
      dispatch({
        type: "tahunBaru/created",
        result,
        counts: { errors: count("error"), warnings: count("warning"), infos: count("info") },
      });
    } catch (error) {
      dispatch({ type: "tahunBaru/failed", op: "tahunBaruCreate", error: toPaneError(error) });
      return;
    }
    // The new sheet is the active one now: Periksa's summary follows it.
    await recheck();
  }, [session, dispatch, recheck]);

  return useMemo(() => ({ preview, create }), [preview, create]);
}
