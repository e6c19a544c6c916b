import type { ExcelSession } from "./session";

/**
 * The session inside real Excel. This file is the one place that touches the `Excel` and `Office`
 * globals; everything else receives a session.
 */
export function officeSession(): ExcelSession {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
