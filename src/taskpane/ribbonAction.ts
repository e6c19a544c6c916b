/**
 * Which ribbon button opened the pane. Every button in manifest.xml loads taskpane.html with its own
 * `?action=` (they share one pane), so the page reads the action from its URL.
 */
export const RIBBON_ACTIONS = ["periksa", "anggaran", "katalog", "tahun-baru", "cetak", "bantuan"] as const;

export type RibbonAction = (typeof RIBBON_ACTIONS)[number];

/** Indonesian labels, as on the ribbon. */
export const RIBBON_ACTION_LABELS: Readonly<Record<RibbonAction, string>> = {
  periksa: "Periksa",
  anggaran: "Anggaran",
  katalog: "Katalog",
  "tahun-baru": "Tahun Baru",
  cetak: "Cetak",
  bantuan: "Bantuan",
};

/** `search` is `location.search` ("?action=periksa"); unknown or missing actions give null (plain pane). */
export function parseRibbonAction(search: string): RibbonAction | null {
  const value = new URLSearchParams(search).get("action");
  return RIBBON_ACTIONS.find((a) => a === value) ?? null;
}
