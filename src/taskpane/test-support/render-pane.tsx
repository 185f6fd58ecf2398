/** Renders the pane (or one panel) inside FluentProvider with a preview host and a Map-backed settings store. */
import "./jsdom-polyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Locale } from "../../i18n/locale";
import type { SheetSpec } from "../../sheets/spec";
import { PreviewHost, type SettingsStore } from "../host/preview-host";
import { paneValue, PaneProvider } from "../pane-context";

export function memoryStore(initial: Record<string, string> = {}): SettingsStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

export function previewHost(locale: Locale = "en-US", store = memoryStore()): PreviewHost {
  return new PreviewHost(locale, store, locale);
}

/** Renders a panel with the given host and language. */
export function renderPanel(panel: ReactElement, host = previewHost(), locale: Locale = "en-US") {
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider value={paneValue(host, locale)}>{panel}</PaneProvider>
    </FluentProvider>,
  );
  return { ...utils, host };
}

/** A preview host that also records every spec written through it. */
export function recordingHost(locale: Locale = "en-US"): { host: PreviewHost; written: SheetSpec[] } {
  const host = previewHost(locale);
  const written: SheetSpec[] = [];
  const write = host.writeSheets.bind(host);
  host.writeSheets = (specs) => {
    written.push(...specs);
    return write(specs);
  };
  return { host, written };
}
