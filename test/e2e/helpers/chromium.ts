import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (apt package "chromium"); RAKIT_CHROMIUM points elsewhere. Never downloaded. */
export const CHROMIUM = process.env.RAKIT_CHROMIUM ?? "/usr/bin/chromium";

/**
 * The only fonts the browser may use: fonts-dejavu-core's six files, as on CI and a fresh Debian
 * machine, whatever else the developer's machine has installed. Layout checks (nothing sticking out of
 * a 320 px pane) depend on the font's widths, so they must see the same font everywhere.
 */
export const FONTS_CONF = join(__dirname, "fonts.conf");

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Headless, offline-minded: no first-run, sync, component updates or background traffic; DejaVu only. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
