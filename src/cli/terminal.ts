/**
 * Text for a terminal. A workbook's cells may hold control characters (SpreadsheetML writes them as
 * `_x001B_`): printed raw, ESC starts a terminal escape sequence (colours, a moved cursor, a changed
 * window title) and C1 characters do the same on some terminals. They are shown as `\u001B` instead,
 * which is also a valid escape inside a JSON string, so `--json` output stays valid JSON.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function safeForTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** A stream's writer that sanitises, and goes quiet once the reader has gone (`rakit … | head -1`). */
export function terminalWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    // The reader closed the pipe: what is left to print has nobody to read it. Not an error of Rakit's.
    if (error.code === "EPIPE") gone = true;
    else throw error;
  });
  return (text) => {
    if (!gone) stream.write(`${safeForTerminal(text)}\n`);
  };
}
