/**
 * manifest.xml: schema validity (same check as `npm run validate`), icons that exist at the declared sizes,
 * every user-visible string in both id-ID and en-US, and resource ids that resolve. xmllint checks none of the
 * last three, and Office fails silently (a blank button, an English label) when they are wrong.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const VALIDATOR = path.join(ROOT, "scripts", "validate-manifest.js");
const DEV_ORIGIN = "https://localhost:3000/";
const LOCALES = ["id-ID", "en-US"];

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const manifestText = fs.readFileSync(MANIFEST_PATH, "utf8");
const doc = new DOMParser().parseFromString(manifestText, "text/xml");

function all(ns: string, tag: string, root: Document | Element = doc): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, tag));
}

function one(ns: string, tag: string, root: Document | Element = doc): Element {
  const found = all(ns, tag, root);
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0]!;
}

function runValidator(manifestPath: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [VALIDATOR, manifestPath], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** A manifest URL on the dev origin -> the file under the repo that the build copies there. */
function assetFileFor(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length).split("?")[0]!);
}

describe("manifest.xml schema", () => {
  const result = runValidator(MANIFEST_PATH);
  const skipped = result.output.includes("SKIPPED");
  if (skipped) console.warn(`manifest.test.ts: ${result.output.trim()}`);

  (skipped ? it.skip : it)("validates against OfficeAppManifestV1_1.xsd", () => {
    expect(result.output).toContain("valid");
    expect(result.status).toBe(0);
  });

  (skipped ? it.skip : it)("the validator rejects a broken manifest (the check is not vacuous)", () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rakit-manifest-")), "manifest.xml");
    fs.writeFileSync(broken, manifestText.replace(/<Version>[^<]*<\/Version>/, "<Version>not-a-version</Version>"));
    const bad = runValidator(broken);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain("INVALID");
  });
});

describe("manifest.xml content", () => {
  it("is a task pane add-in for Excel that needs ExcelApi 1.7 (Office 2019)", () => {
    expect(doc.documentElement.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
    expect(all(NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const sets = one(NS.app, "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.7");
    const set = one(NS.app, "Set");
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["ExcelApi", "1.7"]);
    expect(one(NS.app, "SourceLocation").getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  it("has a default locale that is one of id-ID / en-US", () => {
    expect(LOCALES).toContain(one(NS.app, "DefaultLocale").textContent);
  });

  it("puts every URL on the dev origin, so the production build can rewrite them all", () => {
    const withoutComments = manifestText.replace(/<!--[\s\S]*?-->/g, "");
    const urls = Array.from(withoutComments.matchAll(/https?:\/\/[^"<\s]+/g), (m) => m[0]).filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(urls.length).toBeGreaterThan(10);
    // AppDomain is the bare origin; everything else is a page or an image under it.
    expect(urls.filter((u) => !u.startsWith(DEV_ORIGIN) && u !== DEV_ORIGIN.slice(0, -1))).toEqual([]);
  });
});

describe("manifest.xml icons", () => {
  const images = all(NS.bt, "Image").filter((e) => e.hasAttribute("DefaultValue"));
  const declared: { what: string; url: string; size: number }[] = [
    { what: "IconUrl", url: one(NS.app, "IconUrl").getAttribute("DefaultValue")!, size: 32 },
    {
      what: "HighResolutionIconUrl",
      url: one(NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue")!,
      size: 64,
    },
  ];
  // A ribbon image's size comes from the <bt:Image size=".." resid=".."/> references that use it.
  const sizeByResid = new Map<string, Set<number>>();
  for (const ref of all(NS.bt, "Image").filter((e) => e.hasAttribute("resid"))) {
    const id = ref.getAttribute("resid")!;
    const sizes = sizeByResid.get(id) ?? new Set<number>();
    sizes.add(Number(ref.getAttribute("size")));
    sizeByResid.set(id, sizes);
  }
  for (const image of images) {
    const id = image.getAttribute("id")!;
    const sizes = [...(sizeByResid.get(id) ?? [])];
    it(`ribbon image ${id} is used at exactly one size`, () => expect(sizes).toHaveLength(1));
    if (sizes.length === 1) declared.push({ what: id, url: image.getAttribute("DefaultValue")!, size: sizes[0]! });
  }

  it("declares images for the group and all five buttons at 16, 32 and 80 px", () => {
    const refs = all(NS.ov, "Icon").map((icon) =>
      all(NS.bt, "Image", icon)
        .map((i) => Number(i.getAttribute("size")))
        .sort((a, b) => a - b),
    );
    expect(refs).toHaveLength(6);
    for (const sizes of refs) expect(sizes).toEqual([16, 32, 80]);
  });

  it.each(declared)("$what -> a $size x $size PNG in assets/", ({ url, size }) => {
    const file = assetFileFor(url);
    expect(path.relative(ROOT, file).startsWith(`assets${path.sep}`)).toBe(true);
    expect(fs.existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });
});

describe("manifest.xml strings and resources", () => {
  const defaultLocale = one(NS.app, "DefaultLocale").textContent!;
  const otherLocale = LOCALES.find((l) => l !== defaultLocale)!;

  function overrideValue(setting: Element, ns: string, locale: string): string | undefined {
    const o = all(ns, "Override", setting).find((e) => e.getAttribute("Locale") === locale);
    return o?.getAttribute("Value") ?? undefined;
  }

  it.each(["DisplayName", "Description"])(`top-level %s exists in both locales`, (tag) => {
    const setting = one(NS.app, tag);
    expect(setting.getAttribute("DefaultValue")).toBeTruthy();
    expect(overrideValue(setting, NS.app, otherLocale)).toBeTruthy();
  });

  const strings = [
    ...all(NS.bt, "String", one(NS.bt, "ShortStrings")).map((e) => ({ kind: "short", e, max: 125 })),
    ...all(NS.bt, "String", one(NS.bt, "LongStrings")).map((e) => ({ kind: "long", e, max: 250 })),
  ];

  it("has strings", () => expect(strings.length).toBeGreaterThan(10));

  it.each(strings.map((s) => [s.e.getAttribute("id")!, s] as const))(
    "string %s has a default value and an override for the other locale",
    (_id, { e, max }) => {
      const def = e.getAttribute("DefaultValue")!;
      const other = overrideValue(e, NS.bt, otherLocale);
      expect(def.trim()).not.toBe("");
      expect(other?.trim()).toBeTruthy();
      expect(def.length).toBeLessThanOrEqual(max);
      expect(other!.length).toBeLessThanOrEqual(max);
    },
  );

  /** A string resource's text in `locale`, whichever of default value / override holds it. */
  function text(resid: string | null, locale: string): string | undefined {
    const s = strings.find((x) => x.e.getAttribute("id") === resid)?.e;
    if (!s) return undefined;
    return locale === defaultLocale ? s.getAttribute("DefaultValue")! : overrideValue(s, NS.bt, locale);
  }

  it("labels the ribbon tab RAK in Indonesian and RAK Plan in English", () => {
    const tab = one(NS.ov, "CustomTab");
    const label = all(NS.ov, "Label", tab).find((l) => l.parentNode === tab)!;
    expect(text(label.getAttribute("resid"), "id-ID")).toBe("RAK");
    expect(text(label.getAttribute("resid"), "en-US")).toBe("RAK Plan");
  });

  it("has the five buttons, each opening the task pane with its own ?action=", () => {
    const controls = all(NS.ov, "Control");
    const labels = controls.map((c) => text(all(NS.ov, "Label", c)[0]!.getAttribute("resid"), "id-ID"));
    expect(labels).toEqual(["Periksa", "Anggaran", "Katalog", "Tahun Baru", "Cetak"]);
    const urls = controls.map((c) => {
      const action = one(NS.ov, "Action", c);
      expect(action.getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
      const resid = one(NS.ov, "SourceLocation", action).getAttribute("resid");
      return all(NS.bt, "Url")
        .find((u) => u.getAttribute("id") === resid)!
        .getAttribute("DefaultValue");
    });
    expect(urls).toEqual(
      ["periksa", "anggaran", "katalog", "tahun-baru", "cetak"].map((a) => `${DEV_ORIGIN}taskpane.html?action=${a}`),
    );
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const defined = new Map<string, string>();
    for (const [group, kind] of [
      ["Images", "image"],
      ["Urls", "url"],
      ["ShortStrings", "short"],
      ["LongStrings", "long"],
    ] as const) {
      for (const e of Array.from(one(NS.bt, group).childNodes).filter((n): n is Element => n.nodeType === 1)) {
        const id = e.getAttribute("id")!;
        expect(defined.has(id)).toBe(false);
        defined.set(id, kind);
      }
    }
    const expectedKind: Record<string, string> = {
      Image: "image",
      FunctionFile: "url",
      SourceLocation: "url",
      LearnMoreUrl: "url",
      Label: "short",
      Title: "short",
      Description: "long",
    };
    const used = new Set<string>();
    for (const e of Array.from(doc.getElementsByTagName("*")).filter((x) => x.hasAttribute("resid"))) {
      const resid = e.getAttribute("resid")!;
      used.add(resid);
      expect([e.localName, resid, defined.get(resid)]).toEqual([e.localName, resid, expectedKind[e.localName]]);
    }
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});
