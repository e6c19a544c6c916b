import { createContext, useContext, type ReactNode } from "react";
import type { ExcelSession } from "../../excel/session";

/**
 * How components reach Excel: a session handed in from outside (officeSession() in Office, the
 * in-memory host's session in the workbench and tests), never the `Excel` global.
 */
const SessionContext = createContext<ExcelSession | null>(null);

export interface SessionProviderProps {
  readonly session: ExcelSession;
  readonly children?: ReactNode;
}

export function SessionProvider({ session, children }: SessionProviderProps) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): ExcelSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession: no SessionProvider above this component (mountTaskpane provides one)");
  return session;
}
