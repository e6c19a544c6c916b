import { officeSession } from "../excel/officeSession";
import { mountTaskpane } from "./mountTaskpane";
import { parseRibbonAction } from "./ribbonAction";

export { mountTaskpane, Taskpane, type MountOptions, type MountedTaskpane } from "./mountTaskpane";

/**
 * The add-in's entry: once Office.js is ready, mount the pane on Excel's session. This file is the
 * only UI code that reads `Office` (the display language); components get everything as props or
 * from context. Outside Office (the workbench) nothing starts by itself: the page calls mountTaskpane,
 * re-exported here, with its own session.
 */
function start(): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  mountTaskpane(container, {
    session: officeSession(),
    displayLanguage: Office.context.displayLanguage,
    action: parseRibbonAction(window.location.search),
  });
}

// Without Office.js (the workbench build loads none) there is no Excel to talk to: the workbench page
// mounts the pane itself, with mountTaskpane and the in-memory host's session.
if (typeof Office !== "undefined") Office.onReady(start);
