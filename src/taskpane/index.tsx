import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { parseRibbonAction } from "./ribbonAction";

function render(): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App action={parseRibbonAction(window.location.search)} />
    </FluentProvider>,
  );
}

// Inside Office, render once Office.js is ready. The workbench build loads no office.js, so render at once.
if (typeof Office !== "undefined") {
  Office.onReady(render);
} else {
  render();
}
