/**
 * What every panel needs: the workbook host, the chosen language and its strings. Provided once by
 * `App`, so panels stay small and tests can hand in a fake host.
 */
import { createContext, useContext } from "react";
import type { Locale } from "../i18n/locale";
import { TASKPANE_TEXT, type TaskpaneText } from "../i18n/taskpane";
import type { WorkbookHost } from "./host/workbook-host";
import type { CreateSolverWorker } from "./roster/solver-client";

export interface PaneContextValue {
  host: WorkbookHost;
  locale: Locale;
  text: TaskpaneText;
  /** Starts the roster solver's Web Worker; absent where workers can't run (then the panel says so). */
  createSolverWorker?: CreateSolverWorker;
}

const PaneContext = createContext<PaneContextValue | undefined>(undefined);

export const PaneProvider = PaneContext.Provider;

export function paneValue(host: WorkbookHost, locale: Locale, createSolverWorker?: CreateSolverWorker): PaneContextValue {
  return { host, locale, text: TASKPANE_TEXT[locale], ...(createSolverWorker ? { createSolverWorker } : {}) };
}

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane() outside <PaneProvider>");
  return value;
}
