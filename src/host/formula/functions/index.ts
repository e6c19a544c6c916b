/**
 * The functions this module gives fast-formula-parser, overriding or adding to its own. All take
 * their arguments raw (see host.ts); the engine registers them that way.
 */
import { aggregateFunctions, type CustomFunction } from "./aggregate";
import { conditionalFunctions } from "./conditional";
import type { FunctionHost } from "./host";
import { logicalFunctions } from "./logical";
import { lookupFunctions } from "./lookup";
import { roundingFunctions } from "./rounding";
import { textFunctions } from "./text";

export type { CustomFunction } from "./aggregate";
export type { FunctionHost, SheetArea } from "./host";

export function customFunctions(host: FunctionHost): Record<string, CustomFunction> {
  return {
    ...aggregateFunctions(host),
    ...conditionalFunctions(host),
    ...logicalFunctions(host),
    ...roundingFunctions(host),
    ...textFunctions(host),
    ...lookupFunctions(host),
  };
}
