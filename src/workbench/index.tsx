/**
 * The workbench page's entry: the add-in running without Excel. Loads no Office.js; the pane talks to
 * the in-memory host instead. Query parameters, for trying what an Office user would see:
 *   ?api=1.7         the highest ExcelApi set the host offers (1.7 is Office 2019)
 *   ?lang=en-US      Office's display language, passed to the pane
 *   ?action=periksa  the ribbon button that opened the pane
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import sampleUrl from "../../samples/rak-contoh-2024.xlsx";
import { parseRibbonAction } from "../taskpane/ribbonAction";
import { Workbench } from "./Workbench";

const SAMPLE_NAME = "rak-contoh-2024.xlsx";

function start(): void {
  const container = document.getElementById("workbench");
  if (!container) throw new Error("workbench.html has no #workbench element");
  const params = new URLSearchParams(window.location.search);
  const api = params.get("api");
  const hostOptions = api && /^1\.\d+$/.test(api) ? { maxApiVersion: api } : {};
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Workbench
        sampleUrl={sampleUrl}
        sampleName={SAMPLE_NAME}
        hostOptions={hostOptions}
        displayLanguage={params.get("lang") ?? undefined}
        action={parseRibbonAction(window.location.search)}
      />
    </FluentProvider>,
  );
}

start();
