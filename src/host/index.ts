/**
 * The in-memory Excel host: the Office.js subset Rakit's adapter uses, over a workbook model, with
 * real load/sync semantics and .xlsx load/save. Node-only file helpers live in ./file.
 */
export { createHost, createHostFromXlsx, ExcelHost, type BinaryInput, type HostOptions } from "./host";
export { OfficeError, isOfficeError, OFFICE_MESSAGES, type OfficeErrorCode } from "./errors";
export type { SyncStats, InjectedFailure } from "./api/sync";
export type { HostQuirks } from "./api/queue";
export { Workbook } from "./model/workbook";
export { Sheet, type Cell, type Scalar } from "./model/sheet";
export { readXlsx } from "./xlsx/load";
export { writeXlsx } from "./xlsx/save";
