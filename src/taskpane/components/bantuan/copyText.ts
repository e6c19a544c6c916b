/**
 * Copies `text` for the user. The Clipboard API first; where it is missing or refused (an older webview,
 * or an Office host whose frame does not grant clipboard-write), the text is selected in `field` and
 * the old copy command tried. "manual" means neither worked: the text is left selected, and the pane
 * asks the user to press Ctrl+C.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<"copied" | "manual"> {
  if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return "copied";
    } catch {
      // Refused (no permission in this frame): fall through to selecting the text.
    }
  }
  if (!field) return "manual";
  field.focus();
  field.select();
  try {
    return document.execCommand("copy") ? "copied" : "manual";
  } catch {
    // Some webviews throw instead of returning false; the text is selected either way.
    return "manual";
  }
}
