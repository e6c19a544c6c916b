import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ExcelSession } from "../excel/session";
import { App } from "./App";
import type { RibbonAction } from "./ribbonAction";
import { SessionProvider } from "./session/SessionContext";

export interface MountOptions {
  /** How the pane reaches Excel: officeSession() in Office, the in-memory host's session in the workbench. */
  readonly session: ExcelSession;
  /** Office's display language ("en-US", "id-ID"); absent means Bahasa Indonesia. */
  readonly displayLanguage?: string;
  /** The ribbon button that opened the pane (?action=); "periksa" runs the check at once. */
  readonly action?: RibbonAction | null;
}

export interface MountedTaskpane {
  unmount(): void;
}

/**
 * Renders the task pane into `container`. index.tsx calls it inside Office; the browser workbench
 * calls it with the in-memory host's session. Importing this module has no side effects.
 */
export function mountTaskpane(container: HTMLElement, options: MountOptions): MountedTaskpane {
  const root = createRoot(container);
  root.render(<Taskpane {...options} />);
  return { unmount: () => root.unmount() };
}

/** The whole pane as an element: theme, session and App. Tests render this. */
export function Taskpane({ session, displayLanguage, action = null }: MountOptions) {
  return (
    <FluentProvider theme={webLightTheme}>
      <SessionProvider session={session}>
        <App action={action} displayLanguage={displayLanguage} />
      </SessionProvider>
    </FluentProvider>
  );
}
