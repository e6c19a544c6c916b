import { REQUIREMENTS, supports, type ExcelSession, type Feature } from "./session";

/**
 * What Bantuan tells about the Excel at hand: the highest ExcelApi set it has, and which of Rakit's
 * features that level leaves out. Only asks the session (isSetSupported), so it is the same in Excel,
 * in the workbench (`?api=1.7`) and in tests.
 */

/** Newest minor version probed. Sets are numbered without gaps, so probing stops at the first one missing. */
const NEWEST_PROBED = 40;

/** "1.17" for the highest ExcelApi 1.x the session supports; null when it has none (not in Excel). */
export function highestExcelApi(session: Pick<ExcelSession, "isSetSupported">): string | null {
  let highest: string | null = null;
  for (let minor = 1; minor <= NEWEST_PROBED; minor++) {
    const version = `1.${minor}`;
    if (!session.isSetSupported("ExcelApi", version)) break;
    highest = version;
  }
  return highest;
}

/** The optional features (every requirement above the add-in's own base), in the order Bantuan lists them. */
export const OPTIONAL_FEATURES: readonly Exclude<Feature, "base">[] = ["pageLayout", "mergedAreas", "undoGroups"];

export interface FeatureSupport {
  readonly feature: Exclude<Feature, "base">;
  /** "ExcelApi 1.13" */
  readonly requirement: string;
  readonly available: boolean;
}

/** Each optional feature with the requirement set it needs and whether this Excel has it. */
export function featureSupport(session: Pick<ExcelSession, "isSetSupported">): FeatureSupport[] {
  return OPTIONAL_FEATURES.map((feature) => ({
    feature,
    requirement: `${REQUIREMENTS[feature].name} ${REQUIREMENTS[feature].version}`,
    available: supports(session, feature),
  }));
}
