/**
 * The workbench page's entry: the add-in running without Excel. Loads no Office.js; the pane talks to
 * the in-memory host instead. Query parameters, for trying what an Office user would see:
 *   ?api=1.7         the highest ExcelApi set the host offers (1.7 is Office 2019)
 *   ?lang=en-US      Office's display language: the workbench's words and the pane's first language
 *   ?locale=en-US    the regional settings numbers show in (Indonesian by default: 312.406.404.000)
 *   ?action=periksa  the ribbon button that opened the pane
 *   ?delay=300       a slow Excel: each batch waits this many ms each way (up to 10 s)
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import sampleUrl from "../../samples/rak-contoh-2024.xlsx";
import { makeT } from "../core/i18n/translate";
import { langFromDisplayLanguage } from "../taskpane/i18n/displayLanguage";
import { parseRibbonAction } from "../taskpane/ribbonAction";
import { gridLocale } from "./grid/locale";
import { Workbench } from "./Workbench";

const SAMPLE_NAME = "rak-contoh-2024.xlsx";

function start(): void {
  const container = document.getElementById("workbench");
  if (!container) throw new Error("workbench.html has no #workbench element");
  const params = new URLSearchParams(window.location.search);
  const api = params.get("api");
  const hostOptions = api && /^1\.\d+$/.test(api) ? { maxApiVersion: api } : {};
  const displayLanguage = params.get("lang") ?? undefined;
  const lang = langFromDisplayLanguage(displayLanguage);
  document.documentElement.lang = lang;
  document.title = makeT(lang, "workbench")("title");
  const delay = Number(params.get("delay") ?? 0);
  const sessionOptions = { delayMs: Number.isFinite(delay) ? Math.min(Math.max(delay, 0), 10_000) : 0 };
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Workbench
        sampleUrl={sampleUrl}
        sampleName={SAMPLE_NAME}
        hostOptions={hostOptions}
        displayLanguage={displayLanguage}
        action={parseRibbonAction(window.location.search)}
        locale={gridLocale(params.get("locale"))}
        sessionOptions={sessionOptions}
      />
    </FluentProvider>,
  );
}

start();
