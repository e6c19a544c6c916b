import { enFindings } from "./catalogs/en/findings";
import { enPaneAnggaran } from "./catalogs/en/paneAnggaran";
import { enPaneKatalog } from "./catalogs/en/paneKatalog";
import { enPaneTahunBaru } from "./catalogs/en/paneTahunBaru";
import { enPaneCetak } from "./catalogs/en/paneCetak";
import { enPaneBantuan } from "./catalogs/en/paneBantuan";
import { enPane } from "./catalogs/en/pane";
import { enBudget } from "./catalogs/en/budget";
import { enRollover } from "./catalogs/en/rollover";
import { enPrint } from "./catalogs/en/print";
import { enWorkbench } from "./catalogs/en/workbench";
import { enCatalog } from "./catalogs/en/catalog";
import type { id } from "./id";
import type { SamePlaceholders } from "./placeholders";

/**
 * English. `satisfies` makes a missing or extra key a compile error; `EnMatchesId` below makes a
 * renamed or dropped placeholder one too.
 */
export const en = {
  ...enFindings,
  ...enPaneAnggaran,
  ...enPaneKatalog,
  ...enPaneTahunBaru,
  ...enPaneCetak,
  ...enPaneBantuan,
  ...enPane,
  ...enBudget,
  ...enRollover,
  ...enPrint,
  ...enWorkbench,
  ...enCatalog,
} as const satisfies Record<keyof typeof id, string>;

/** Compile-time check: fails, naming the keys, when a translation's placeholders differ from Indonesian. */
type Assert<T extends true> = T;
export type EnMatchesId = Assert<SamePlaceholders<typeof id, typeof en>>;
