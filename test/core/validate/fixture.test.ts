import * as fs from "fs";
import * as path from "path";
import { formatFinding } from "../../../src/core/i18n/findings";
import { readPlan } from "../../../src/core/reader";
import { validate } from "../../../src/core/validate";
import { xlsxSnapshots } from "../../helpers/xlsxSnapshot";

const FIXTURE = path.resolve(__dirname, "../../../../shared/fixtures/rak-prabumulih-2024.xlsx");
const present = fs.existsSync(FIXTURE);
if (!present) {
  // Visible in the test output, so a skipped fixture is never mistaken for a passing one.
  console.warn(`SKIPPED: seed fixture not found at ${FIXTURE}`);
}

(present ? describe : describe.skip)("the seed workbook (RAK 2024, Sekretariat KPU Kota Prabumulih)", () => {
  it("yields exactly its two real problems", async () => {
    const [snapshot] = await xlsxSnapshots(FIXTURE);
    if (!snapshot) throw new Error("the fixture has no worksheet");
    const read = readPlan(snapshot);
    if (!read.ok) throw new Error(`the reader found no table: ${read.reason}`);

    const findings = validate(read.plan).filter((f) => f.severity !== "info");

    expect(findings.map((f) => [f.rule, f.severity, f.address])).toEqual([
      ["meta.yearMismatch", "error", "D5"],
      ["row.noMonth", "error", "F33:Q33"],
    ]);
    expect(findings.map((f) => formatFinding(f))).toEqual([
      "Tahun Anggaran 2023 berbeda dengan tahun rencana 2024 pada judul. Samakan keduanya (biasanya Tahun Anggaran 2024).",
      'Baris 33 ("Penyusunan Laporan Pemilu Tahun 2024") belum punya bulan pelaksanaan. Beri tanda "v" pada bulan yang direncanakan.',
    ]);
  });

  it("adds no info notes either", async () => {
    const [snapshot] = await xlsxSnapshots(FIXTURE);
    const read = readPlan(snapshot as NonNullable<typeof snapshot>);
    if (!read.ok) throw new Error("no table");
    expect(validate(read.plan).filter((f) => f.severity === "info")).toEqual([]);
  });
});
