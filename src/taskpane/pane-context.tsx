/**
 * What every panel needs: the workbook host, the chosen language and its strings. Provided once by
 * `App`, so panels stay small and tests can hand in a fake host.
 */
import { createContext, useContext } from "react";
import type { Locale } from "../i18n/locale";
import { TASKPANE_TEXT, type TaskpaneText } from "../i18n/taskpane";
import { generatorTitles, type GeneratorId } from "../sheets/generators";
import type { WorkbookHost } from "./host/workbook-host";
import type { CreateSolverWorker } from "./roster/solver-client";

/** The pane's strings plus each generator's tab title (declared with the generator). */
export type PaneText = TaskpaneText & { tabs: Readonly<Record<GeneratorId, string>> };

/** The pane's strings in one language. */
export function paneText(locale: Locale): PaneText {
  return { ...TASKPANE_TEXT[locale], tabs: generatorTitles(locale) };
}

export interface PaneContextValue {
  host: WorkbookHost;
  locale: Locale;
  text: PaneText;
  /** Starts the roster solver's Web Worker; absent where workers can't run (then the panel says so). */
  createSolverWorker?: CreateSolverWorker;
}

const PaneContext = createContext<PaneContextValue | undefined>(undefined);

export const PaneProvider = PaneContext.Provider;

export function paneValue(host: WorkbookHost, locale: Locale, createSolverWorker?: CreateSolverWorker): PaneContextValue {
  return { host, locale, text: paneText(locale), ...(createSolverWorker ? { createSolverWorker } : {}) };
}

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane() outside <PaneProvider>");
  return value;
}
