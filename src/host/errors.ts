/**
 * Errors shaped like the ones Office.js throws (`OfficeExtension.Error`, whose runtime name is
 * "RichApi.Error"), so that the adapter recognises host errors by `code` exactly as it recognises
 * real Excel errors. The messages are Excel's own English messages, from the Excel error-code table
 * (learn.microsoft.com "Error handling with the application-specific JavaScript APIs") and from the
 * resource strings in office.js (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js).
 */

export type OfficeErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InsertDeleteConflict"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "NonBlankCellOffSheet"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "UnsupportedOperation"
  | "InvalidOperationInCellEditMode"
  | "CannotUpdateReadOnlyProperty";

/** Excel's message for each code (the table in Microsoft's error-handling article). */
export const OFFICE_MESSAGES: Record<OfficeErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  // The message Excel gives today (OfficeDev/office-js#2875, office-scripts-docs#560).
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet. These non-empty cells might appear empty but have blank values, some formatting, or a formula. Delete enough rows or columns to make room for what you want to insert and then try again.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  ResponsePayloadSizeLimitExceeded:
    "The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  UnsupportedOperation: "The operation being attempted is not supported.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  CannotUpdateReadOnlyProperty: "The property '{0}' is read-only and it cannot be updated.",
};

export interface OfficeDebugInfo {
  readonly code: string;
  readonly message: string;
  errorLocation?: string;
  statement?: string;
  [key: string]: unknown;
}

/**
 * The host's `OfficeExtension.Error`. Like the real one it is an `Error` whose `name` is
 * "RichApi.Error" and which carries `code`, `message`, `debugInfo` ({code, message,
 * errorLocation}), `traceMessages`, `innerError` and `httpStatusCode`.
 */
export class OfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: OfficeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;
  readonly httpStatusCode: number;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? OFFICE_MESSAGES[code as OfficeErrorCode] ?? code;
    super(text);
    Object.setPrototypeOf(this, OfficeError.prototype);
    this.code = code;
    this.debugInfo = { code, message: text };
    if (errorLocation !== undefined) this.debugInfo.errorLocation = errorLocation;
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

// The status codes office.js attaches (RuntimeError's mapping, plus 400 for client-side checks).
const HTTP_STATUS: Record<string, number> = {
  AccessDenied: 401,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  ItemNotFound: 404,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
};

export function isOfficeError(error: unknown): error is OfficeError {
  return error instanceof OfficeError;
}

/** A code's standard error, optionally with a more specific message and where it happened. */
export function officeError(code: OfficeErrorCode, location?: string, message?: string): OfficeError {
  return new OfficeError(code, message, location);
}

/** What office.js throws when a property is read before load + sync (debugInfo "Range.values"). */
export function propertyNotLoaded(className: string | null, property: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    OFFICE_MESSAGES.PropertyNotLoaded.replace("{0}", property),
    className ? `${className}.${property}` : undefined,
  );
}

/** Office.js's client-side requirement-set check (CommonUtility.throwIfApiNotSupported). */
export function apiNotFound(apiFullName: string, setName: string, version: string): OfficeError {
  return new OfficeError(
    "ApiNotFound",
    `The method or property ${apiFullName} is part of the ${setName} ${version} requirement set, which is not available in your version of Excel.`,
    apiFullName,
  );
}

export function readOnlyProperty(className: string, property: string): OfficeError {
  return new OfficeError(
    "InvalidArgument",
    OFFICE_MESSAGES.CannotUpdateReadOnlyProperty.replace("{0}", property),
    `${className}.${property}`,
  );
}

/** Excel's message when a 2-D array doesn't fit the range it is written to. */
export function dimensionMismatch(location: string): OfficeError {
  return new OfficeError(
    "InvalidArgument",
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    location,
  );
}
