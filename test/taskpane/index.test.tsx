/** @jest-environment jsdom */
import "./helpers/jsdomGlobals";
import { act, screen, within } from "@testing-library/react";
import { hostWith } from "./helpers/pane";
import { SHEET, plannedWithProblems } from "./helpers/rakGrids";

/**
 * The add-in entry inside "Office": Office.js stubbed with the in-memory host behind Excel.run, so
 * the real officeSession() and the Office.context reads in index.tsx are what run.
 */
describe("index.tsx", () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
    document.body.innerHTML = "";
  });

  // Runs first, in a module registry of its own: nothing renders, so its second copy of React is harmless.
  it("outside Office, starts nothing (the workbench mounts the pane itself)", async () => {
    document.body.innerHTML = '<div id="container"></div>';
    let exported: unknown;
    await jest.isolateModulesAsync(async () => {
      exported = await import("../../src/taskpane/index");
    });
    expect(document.getElementById("container")?.childElementCount).toBe(0);
    expect(typeof (exported as { mountTaskpane?: unknown }).mountTaskpane).toBe("function");
  });

  it("mounts the pane on Excel's session once Office is ready, in Office's language, with the ribbon's action", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    let ready: (() => void) | undefined;
    globals.Excel = { run: (batch: Parameters<typeof host.run>[0]) => host.run(batch) };
    globals.Office = {
      onReady: (callback: () => void) => {
        ready = callback;
      },
      context: {
        displayLanguage: "en-US",
        requirements: { isSetSupported: (name: string, version: string) => host.isSetSupported(name, version) },
      },
    };
    window.history.replaceState(null, "", "/taskpane.html?action=periksa");
    document.body.innerHTML = '<div id="container"></div>';

    // A plain import (not isolateModules): the pane must share React with Testing Library's act.
    await import("../../src/taskpane/index");
    expect(ready).toBeDefined();
    expect(document.getElementById("container")?.childElementCount).toBe(0);
    act(() => ready?.());

    const list = await screen.findByRole("list", { name: "Findings" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(5);
  });
});
