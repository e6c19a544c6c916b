/** @jest-environment jsdom */
import "./helpers/jsdomGlobals";
import { act, screen, within } from "@testing-library/react";
import { mountTaskpane } from "../../src/taskpane/mountTaskpane";
import { hostWith } from "./helpers/pane";
import { SHEET, plannedWithProblems } from "./helpers/rakGrids";

describe("mountTaskpane", () => {
  it("renders the pane on the session it is given, as the workbench page will call it", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    const container = document.createElement("div");
    document.body.appendChild(container);

    let pane: ReturnType<typeof mountTaskpane> | undefined;
    act(() => {
      pane = mountTaskpane(container, { session: host, displayLanguage: "en-US", action: "periksa" });
    });

    const list = await screen.findByRole("list", { name: "Findings" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(5);
    expect(within(container).getByRole("button", { name: "Check" })).toBeTruthy();

    act(() => pane?.unmount());
    expect(container.childElementCount).toBe(0);
    container.remove();
  });

  it("defaults: Bahasa Indonesia, Periksa view, the summary and the findings", async () => {
    const host = hostWith(SHEET, plannedWithProblems());
    const container = document.createElement("div");
    document.body.appendChild(container);
    let pane: ReturnType<typeof mountTaskpane> | undefined;
    act(() => {
      pane = mountTaskpane(container, { session: host });
    });
    expect(await screen.findByRole("region", { name: "Ringkasan RAK" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Periksa" }).getAttribute("aria-selected")).toBe("true");
    expect(within(screen.getByRole("list", { name: "Temuan" })).getAllByRole("listitem")).toHaveLength(5);
    act(() => pane?.unmount());
    container.remove();
  });
});
