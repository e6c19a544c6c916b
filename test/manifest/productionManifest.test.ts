/**
 * The production manifest (`RAKIT_ADDIN_URL=https://host/path/ npm run build`): every URL moves to the
 * office's server, AppDomain included; the result validates against the add-in schemas; a URL Office
 * would refuse stops the build; and a build without a URL never writes a manifest.xml that points at
 * localhost. The full build itself runs in test/e2e/taskpaneFallback.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..", "..");
// The build scripts are CommonJS JavaScript (no types to import).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBaseUrl, rewriteManifestUrls } = require("../../scripts/manifestUrls") as {
  addinBaseUrl(raw: string): { base: string; origin: string };
  rewriteManifestUrls(xml: string, raw: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/validate-manifest") as {
  validateManifest(file: string): { status: "valid" | "invalid" | "skipped"; message: string };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config") as {
  (env: object, options: object): Promise<unknown>;
  manifestCopy(dev: boolean, url?: string): { to: string; transform?: (content: Buffer) => string };
  LOCALHOST_MANIFEST: string;
};

const DEV_MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
/** Pages the build writes next to the assets (webpack.config.js's HtmlWebpackPlugin filenames). */
const BUILT_PAGES = ["taskpane.html", "commands.html", "bantuan.html"];

/** Every http(s) URL in the file's elements and attributes (not the schema namespaces). */
function urlsIn(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      for (const attr of Array.from(el.attributes))
        if (!attr.name.startsWith("xmlns") && /^https?:/.test(attr.value)) found.push(attr.value);
    } else if (node.nodeType === 3 && /^\s*https?:/.test(node.nodeValue ?? "")) {
      found.push((node.nodeValue ?? "").trim());
    }
    for (const child of Array.from(node.childNodes ?? [])) visit(child);
  };
  visit(doc);
  return found;
}

function validated(xml: string): { status: string; message: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rakit-prod-manifest-")), "manifest.xml");
  fs.writeFileSync(file, xml);
  return validateManifest(file);
}

describe("the production manifest for RAKIT_ADDIN_URL", () => {
  const built = rewriteManifestUrls(DEV_MANIFEST, "https://kpu-prabumulih.example.go.id/rakit/");

  it("puts every URL under the given folder and AppDomain on its origin", () => {
    const urls = urlsIn(built);
    expect(urls.length).toBe(urlsIn(DEV_MANIFEST).length);
    expect(urls.filter((u) => !u.startsWith("https://kpu-prabumulih.example.go.id/rakit/"))).toEqual([
      "https://kpu-prabumulih.example.go.id",
    ]);
    expect(built).toContain("<AppDomain>https://kpu-prabumulih.example.go.id</AppDomain>");
    expect(built).not.toMatch(/localhost/);
  });

  it("points only at pages the build writes and icons that exist", () => {
    for (const url of urlsIn(built).filter((u) => u.includes("/rakit/"))) {
      const file = url.slice("https://kpu-prabumulih.example.go.id/rakit/".length).split("?")[0]!;
      if (file.startsWith("assets/")) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
      else expect(BUILT_PAGES).toContain(file);
    }
    expect(built).toContain('<SupportUrl DefaultValue="https://kpu-prabumulih.example.go.id/rakit/bantuan.html"/>');
  });

  it("is the same whether the URL ends with a slash or not", () => {
    expect(rewriteManifestUrls(DEV_MANIFEST, "https://kpu-prabumulih.example.go.id/rakit")).toBe(built);
    expect(addinBaseUrl("https://example.go.id")).toEqual({
      base: "https://example.go.id/",
      origin: "https://example.go.id",
    });
  });

  it("validates against the add-in manifest schemas", () => {
    const result = validated(built);
    if (result.status === "skipped") console.warn(`productionManifest.test.ts: ${result.message}`);
    else expect(result).toEqual({ status: "valid", message: expect.stringContaining("valid") });
  });

  it("keeps `$` and `&` in a path as written (escaped for XML), and the file still validates", () => {
    const odd = rewriteManifestUrls(DEV_MANIFEST, "https://example.go.id/a$&b/");
    expect(odd).toContain('DefaultValue="https://example.go.id/a$&amp;b/taskpane.html"');
    const result = validated(odd);
    if (result.status !== "skipped") expect(result.status).toBe("valid");
  });

  it.each([
    ["http://example.go.id/rakit/", "must be an https:// URL"],
    ["example.go.id/rakit", "is not a URL"],
    ["https://example.go.id/rakit/?v=2", "without ?query"],
    ["https://example.go.id/rakit/#x", "without ?query"],
    ["https://localhost:3000/", "not this computer"],
  ])("refuses %s", (raw, message) => {
    expect(() => rewriteManifestUrls(DEV_MANIFEST, raw)).toThrow(message);
  });
});

describe("which manifest each build writes (webpack.config.js)", () => {
  const url = "https://example.go.id/rakit/";

  it("production with RAKIT_ADDIN_URL: manifest.xml, rewritten", () => {
    const copy = webpackConfig.manifestCopy(false, url);
    expect(copy.to).toBe("manifest.xml");
    expect(copy.transform?.(Buffer.from(DEV_MANIFEST))).toBe(rewriteManifestUrls(DEV_MANIFEST, url));
  });

  it("production without it: the localhost manifest under a name that says so, never manifest.xml", () => {
    const copy = webpackConfig.manifestCopy(false, undefined);
    expect(copy.to).toBe(webpackConfig.LOCALHOST_MANIFEST);
    expect(copy.to).toBe("manifest.localhost.xml");
    expect(copy.transform).toBeUndefined();
  });

  it("development: manifest.xml as written, for the dev server", () => {
    expect(webpackConfig.manifestCopy(true, url)).toEqual({ from: "manifest.xml", to: "manifest.xml" });
  });

  it("stops before building when RAKIT_ADDIN_URL is one Office would refuse", async () => {
    const saved = process.env.RAKIT_ADDIN_URL;
    process.env.RAKIT_ADDIN_URL = "http://example.go.id/rakit/";
    try {
      await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/RAKIT_ADDIN_URL must be an https/);
    } finally {
      if (saved === undefined) delete process.env.RAKIT_ADDIN_URL;
      else process.env.RAKIT_ADDIN_URL = saved;
    }
  });
});
