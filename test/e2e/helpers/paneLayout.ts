import type { Locator } from "playwright-core";
import { MOUNTED_PANE } from "./suite";
import { PANE, type WorkbenchPage } from "./workbenchPage";

/**
 * Layout probes of the mounted pane, as the browser tests at 320 and 350 px use them. The workbench
 * draws the pane 350 px wide; a style rule on its container gives any other width, as a user
 * narrowing Office's task pane would.
 */

/** Office's narrowest task pane and its default width on Windows. */
export const PANE_WIDTHS = [320, 350] as const;

export async function setPaneWidth(w: WorkbenchPage, px: number): Promise<void> {
  await w.page.evaluate(
    ([selector, width]) => {
      const id = "rakit-test-pane-width";
      const style = document.getElementById(id) ?? document.head.appendChild(document.createElement("style"));
      style.id = id;
      style.textContent = `${selector} { width: ${width}px !important; }`;
    },
    [PANE, px] as const,
  );
  // Two frames: the new width laid out and painted.
  await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Scrolls the pane (the workbench's scrolling container, as Office's pane scrolls its page). */
export async function scrollPane(w: WorkbenchPage, to: "top" | "bottom"): Promise<void> {
  await w.page.locator(PANE).evaluate((el, where) => {
    el.scrollTop = where === "top" ? 0 : el.scrollHeight;
  }, to);
  await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Whether `target` is wholly inside the pane's visible area (its scroll viewport). */
export async function inPaneViewport(w: WorkbenchPage, target: Locator): Promise<boolean> {
  const pane = await w.page.locator(PANE).boundingBox();
  const box = await target.boundingBox();
  if (!pane || !box) return false;
  return (
    box.y >= pane.y - 0.5 &&
    box.y + box.height <= pane.y + pane.height + 0.5 &&
    box.x >= pane.x - 0.5 &&
    box.x + box.width <= pane.x + pane.width + 0.5
  );
}

export interface TabRow {
  /** The distinct tops of the tabs (one row: one value). */
  readonly tops: number[];
  /** Each tab's box, left to right. */
  readonly boxes: { x: number; width: number }[];
}

/** The view tabs' positions: all on one row, and where each one is. */
export async function tabRow(w: WorkbenchPage, tablist: string): Promise<TabRow> {
  return w.page
    .locator(MOUNTED_PANE)
    .getByRole("tablist", { name: tablist })
    .evaluate((list) => {
      const tabs = [...list.querySelectorAll('[role="tab"]')].map((t) => t.getBoundingClientRect());
      return {
        tops: [...new Set(tabs.map((r) => Math.round(r.top)))],
        boxes: tabs.map((r) => ({ x: Math.round(r.x * 10) / 10, width: Math.round(r.width * 10) / 10 })),
      };
    });
}

/** The focused element's outline (style, width, colour): the keyboard focus ring. */
export async function focusOutline(w: WorkbenchPage): Promise<string> {
  return w.page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "nothing focused";
    const cs = getComputedStyle(el);
    return `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
  });
}

/**
 * Words broken across lines in the pane's table and column headers ("Kod/e"): a word whose characters
 * lie on more than one line box. A header may wrap between words, never inside one.
 */
export async function wordsBrokenInHeaders(w: WorkbenchPage): Promise<string[]> {
  return w.page.locator(MOUNTED_PANE).evaluate((pane) => {
    const broken: string[] = [];
    for (const header of pane.querySelectorAll("th, [role='columnheader']")) {
      const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index ?? 0);
          range.setEnd(node, (m.index ?? 0) + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}
