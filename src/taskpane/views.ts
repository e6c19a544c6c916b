import type { RibbonAction } from "./ribbonAction";

/**
 * The pane's views, one per ribbon button (they all open the same pane with their own ?action=),
 * and Bantuan (help, this Excel, the self-test; its manifest URLs open ?action=bantuan). To add a view,
 * build its component (components/<Name>View.tsx) and give it a case in App's `renderView`.
 */
export const VIEWS = ["periksa", "anggaran", "katalog", "tahunBaru", "cetak", "bantuan"] as const;

export type ViewId = (typeof VIEWS)[number];

const VIEW_OF_ACTION: Readonly<Record<RibbonAction, ViewId>> = {
  periksa: "periksa",
  anggaran: "anggaran",
  katalog: "katalog",
  "tahun-baru": "tahunBaru",
  cetak: "cetak",
  bantuan: "bantuan",
};

/** The view a ribbon button opens; the plain pane (no action) opens on Periksa. */
export function viewForAction(action: RibbonAction | null): ViewId {
  return action === null ? "periksa" : VIEW_OF_ACTION[action];
}

export function isViewId(value: unknown): value is ViewId {
  return VIEWS.some((v) => v === value);
}
