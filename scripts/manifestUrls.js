/**
 * The production manifest: manifest.xml points every URL at the dev server (https://localhost:3000/);
 * `RAKIT_ADDIN_URL=https://host/path/ npm run build` turns it into one for the office's own server.
 *
 *   addinBaseUrl("https://kpu.example.go.id/rakit")  -> { base: "https://kpu.example.go.id/rakit/",
 *                                                          origin: "https://kpu.example.go.id" }
 *   rewriteManifestUrls(xml, "https://kpu.example.go.id/rakit")
 *
 * Pages and images (SourceLocation, icons, command and help URLs) move under `base`; AppDomain, a bare
 * origin without a trailing slash, becomes the new origin. A URL Office would refuse (not https, with a
 * query or fragment or credentials) is an error naming the variable, and so is any localhost URL left
 * after rewriting: a production manifest never points at localhost silently.
 */
"use strict";

const DEV_ORIGIN = "https://localhost:3000";
const EXAMPLE = "RAKIT_ADDIN_URL=https://kantor.example.go.id/rakit/";

/** @param {string} raw @returns {{ base: string, origin: string }} */
function addinBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`RAKIT_ADDIN_URL is not a URL: "${raw}". Example: ${EXAMPLE}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`RAKIT_ADDIN_URL must be an https:// URL (Office loads add-ins over HTTPS only): "${raw}"`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`RAKIT_ADDIN_URL must be the folder's address alone, without ?query, #fragment or user: "${raw}"`);
  if (/^(localhost|127\.|\[::1\])/i.test(url.hostname))
    throw new Error(`RAKIT_ADDIN_URL must be the office's server, not this computer: "${raw}"`);
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${path}`, origin: url.origin };
}

/** `&` is the one character a parsed URL may still hold that XML attribute values and text need escaped. */
function xmlEscape(text) {
  return text.replace(/&/g, "&amp;");
}

/**
 * @param {string} xml  manifest.xml as written (URLs on https://localhost:3000)
 * @param {string} raw  RAKIT_ADDIN_URL
 * @returns {string} the manifest for `raw`, its developer comments (about localhost) replaced by one line
 */
function rewriteManifestUrls(xml, raw) {
  const { base, origin } = addinBaseUrl(raw);
  const rewritten = xml
    // The comments describe the dev setup (localhost); the built file says what it was built for.
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .replace(/^(<\?xml[^>]*\?>\s*)/, (decl) => `${decl}<!-- Rakit: built by npm run build for RAKIT_ADDIN_URL. -->\n`)
    .split(`${DEV_ORIGIN}/`)
    .join(xmlEscape(base))
    // Functions, not replacement strings: a `$` in the URL must stay a `$`.
    .replace(
      /(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g,
      (_, open, close) => `${open}${xmlEscape(origin)}${close}`,
    );
  const left = rewritten.match(/https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/g);
  if (left) throw new Error(`manifest.xml still has dev URLs after rewriting for ${base}: ${left.join(", ")}`);
  return rewritten;
}

module.exports = { addinBaseUrl, rewriteManifestUrls, DEV_ORIGIN };
