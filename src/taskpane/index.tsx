/**
 * Boot (order of Microsoft's React template): wait for Office → choose the host → render inside
 * FluentProvider. Outside Office (plain browser, or office.js not loadable) the pane starts in
 * preview mode against an in-memory workbook.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { toLocale } from "../i18n/locale";
import { App } from "./App";
import { OfficeHost } from "./host/office-host";
import { PreviewHost } from "./host/preview-host";
import { createSolverWorker } from "./roster/create-solver-worker";
import type { WorkbookHost } from "./host/workbook-host";
import { fluentTheme, prefersDark } from "./theme";

/** Office's host, or null outside Office; never waits more than a few seconds. */
async function officeHost(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined") return null; // office.js did not load (offline page)
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000));
  const ready = Office.onReady().then((info) => info.host ?? null);
  return Promise.race([ready, timeout]).catch(() => null);
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked (private mode, sandboxed frame): choices are not remembered
  }
}

async function boot(): Promise<void> {
  const hostType = await officeHost();
  const inExcel = hostType !== null && hostType === Office.HostType.Excel;
  const host: WorkbookHost = inExcel
    ? new OfficeHost()
    : new PreviewHost(navigator.language, browserStorage(), toLocale(navigator.language));
  const officeBackground = inExcel ? Office.context.officeTheme?.bodyBackgroundColor : undefined;
  const dark = prefersDark(officeBackground, window.location.search, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={fluentTheme(dark)} style={{ minHeight: "100%" }}>
      <App host={host} createSolverWorker={createSolverWorker} />
    </FluentProvider>,
  );
}

void boot();
