import * as fs from "fs";
import * as path from "path";
import { RIBBON_ACTIONS, parseRibbonAction } from "../../src/taskpane/ribbonAction";

describe("parseRibbonAction", () => {
  it.each([
    ["?action=periksa", "periksa"],
    ["?action=tahun-baru", "tahun-baru"],
    ["?_host_Info=Excel$Win32$16.01$id-ID&action=cetak", "cetak"],
  ])("%s -> %s", (search, action) => {
    expect(parseRibbonAction(search)).toBe(action);
  });

  it.each(["", "?action=", "?action=PERIKSA", "?action=hapus", "?other=periksa"])("%s -> null", (search) => {
    expect(parseRibbonAction(search)).toBeNull();
  });

  it("knows every ?action= that manifest.xml sends", () => {
    const manifest = fs.readFileSync(path.resolve(__dirname, "..", "..", "manifest.xml"), "utf8");
    const sent = Array.from(manifest.matchAll(/taskpane\.html\?action=([a-z-]+)/g), (m) => m[1]);
    expect(sent.length).toBeGreaterThan(0);
    for (const action of sent) expect(RIBBON_ACTIONS).toContain(action);
  });
});
