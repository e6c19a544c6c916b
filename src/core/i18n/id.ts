import { idFindings } from "./catalogs/id/findings";
import { idPaneAnggaran } from "./catalogs/id/paneAnggaran";
import { idPaneKatalog } from "./catalogs/id/paneKatalog";
import { idPaneTahunBaru } from "./catalogs/id/paneTahunBaru";
import { idPaneCetak } from "./catalogs/id/paneCetak";
import { idPaneBantuan } from "./catalogs/id/paneBantuan";
import { idPane } from "./catalogs/id/pane";
import { idBudget } from "./catalogs/id/budget";
import { idRollover } from "./catalogs/id/rollover";
import { idPrint } from "./catalogs/id/print";
import { idWorkbench } from "./catalogs/id/workbench";
import { idCatalog } from "./catalogs/id/catalog";

/**
 * Bahasa Indonesia: the source catalog. Its keys define `MessageKey`; `en.ts` must have exactly the
 * same keys and placeholders, or the build fails.
 *
 * Keys are scoped by prefix: `rule.<code>` is a validator finding's message (`<code>` is
 * `Finding.rule`), `severity.*` and `finding.*` frame findings; task-pane strings go under `pane.*`.
 * Placeholders: `{name}` as given, `{name:rupiah}` "Rp 1.234.000", `{name:number}` "1.234,5",
 * `{name:short}` text cut to a readable length.
 */
export const id = {
  ...idFindings,
  ...idPaneAnggaran,
  ...idPaneKatalog,
  ...idPaneTahunBaru,
  ...idPaneCetak,
  ...idPaneBantuan,
  ...idPane,
  ...idBudget,
  ...idRollover,
  ...idPrint,
  ...idWorkbench,
  ...idCatalog,
} as const;
