export type { PeriodLoad, Schedule, UnplannedRow } from "./compute";
export { computeSchedule } from "./compute";
export { EMPTY_PERIOD_FILL, EMPTY_ROW_FILL, planClearHighlights, planScheduleHighlights } from "./highlights";
