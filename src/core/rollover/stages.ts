import type { StageYears } from "./types";

/** Every block is routine: what the planner assumes without a catalog. */
export const noStages: StageYears = () => null;
