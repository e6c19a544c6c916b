export { printExtent } from "./extent";
export { chooseFooter } from "./footer";
export type { FooterChoice, SheetFooters } from "./footer";
export { manualPrintSteps, manualPrintText } from "./manual";
export { planPrintSetup } from "./plan";
export { printReadyLines } from "./ready";
export type { PrintOptions, PrintSetup } from "./plan";
