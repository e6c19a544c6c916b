export { printExtent } from "./extent";
export { manualPrintSteps, manualPrintText } from "./manual";
export { planPrintSetup } from "./plan";
export { printReadyLines } from "./ready";
export type { PrintOptions, PrintSetup } from "./plan";
