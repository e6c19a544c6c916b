export { changeText, dropText, noteText, problemText } from "./describe";
export { planRollover } from "./plan";
export { defaultSheetName, isTaken, sheetNameProblem } from "./sheetName";
export { stageYearsFromCatalog } from "./catalogStages";
export { noStages } from "./stages";
export { openSignatureDate, placeOfDateLine, replaceTitleYear, shiftYears } from "./yearText";
export type {
  ClearChoice,
  DropReason,
  ProposedDrop,
  RolloverChange,
  RolloverNote,
  RolloverOptions,
  RolloverPlan,
  RolloverProblem,
  RolloverRefused,
  RolloverResult,
  RolloverReview,
  SheetNameProblem,
  StageYears,
  YearMention,
  EventMention,
  YearMentionDecision,
} from "./types";
