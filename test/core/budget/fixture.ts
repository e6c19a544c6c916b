import * as fs from "fs";
import * as path from "path";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { xlsxSnapshots } from "../../helpers/xlsxSnapshot";

export const FIXTURE = path.resolve(__dirname, "../../../../shared/fixtures/rak-prabumulih-2024.xlsx");
export const fixturePresent = fs.existsSync(FIXTURE);
if (!fixturePresent) {
  // Visible in the test output, so a skipped fixture is never mistaken for a passing one.
  console.warn(`SKIPPED: seed fixture not found at ${FIXTURE}`);
}

/** The seed's one sheet, "RAK 2024". */
export async function seedSnapshot(): Promise<SheetSnapshot> {
  const [snapshot] = await xlsxSnapshots(FIXTURE);
  if (!snapshot) throw new Error("the fixture has no worksheet");
  return snapshot;
}
