/**
 * The task pane: a header with the language switch, the preview banner outside Excel, one tab per
 * job, and the panels (kept mounted, so a running solve or a report survives switching tabs).
 */
import { Field, MessageBar, MessageBarBody, Select, Subtitle2, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ComponentType } from "react";
import { onPanelRequest, PANEL_IDS, takeRequestedPanel, type PanelId } from "../commands/panel-request";
import { LOCALES, toLocale, type Locale } from "../i18n/locale";
import type { WorkbookHost } from "./host/workbook-host";
import { paneValue, PaneProvider } from "./pane-context";
import { HelpLink } from "./components/HelpLink";
import { PANELS } from "./panels";
import type { CreateSolverWorker } from "./roster/solver-client";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: "280px" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  tabs: { flexWrap: "wrap" },
});

const LOCALE_NAMES: Record<Locale, string> = { "en-US": "English", "zh-CN": "中文" };

export interface AppProps {
  host: WorkbookHost;
  /** Overrides the remembered / Office language (tests). */
  initialLocale?: Locale;
  initialPanel?: PanelId;
  /** The panels to show (tests may pass fakes); defaults to the real ones. */
  panels?: Readonly<Record<PanelId, ComponentType>>;
  /** Starts the roster solver's worker (the boot passes the webpack-bundled one). */
  createSolverWorker?: CreateSolverWorker;
}

function rememberedLocale(host: WorkbookHost): Locale | undefined {
  const v = host.getSetting("locale");
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v) ? (v as Locale) : undefined;
}

export function App({ host, initialLocale, initialPanel, panels = PANELS, createSolverWorker }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(() => initialLocale ?? rememberedLocale(host) ?? toLocale(host.displayLanguage()));
  const [panel, setPanel] = useState<PanelId>(initialPanel ?? "staffing");
  const value = useMemo(() => paneValue(host, locale, createSolverWorker), [host, locale, createSolverWorker]);
  const text = value.text;

  useEffect(() => {
    // Ribbon buttons (shared runtime): one request may be waiting from before the pane opened.
    const waiting = takeRequestedPanel();
    if (waiting) setPanel(waiting);
    return onPanelRequest((requested) => {
      takeRequestedPanel(); // consumed here, so a later mount does not replay it
      setPanel(requested);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const changeLocale = (next: Locale) => {
    setLocale(next);
    void host.setSetting("locale", next).catch(() => undefined);
  };

  return (
    <PaneProvider value={value}>
      <main className={styles.root} lang={locale}>
        <header className={styles.header}>
          <Subtitle2 as="h1">{text.app.title}</Subtitle2>
          <HelpLink />
          <Field label={text.app.language} size="small">
            <Select size="small" value={locale} onChange={(_e, d) => changeLocale(d.value as Locale)} data-testid="language">
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </Select>
          </Field>
        </header>
        {host.kind === "preview" && (
          <MessageBar intent="info" data-testid="preview-banner">
            <MessageBarBody>{text.app.previewBanner}</MessageBarBody>
          </MessageBar>
        )}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={panel}
          onTabSelect={(_e, d) => setPanel(d.value as PanelId)}
          aria-label={text.app.panels}
        >
          {PANEL_IDS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {text.tabs[id]}
            </Tab>
          ))}
        </TabList>
        {PANEL_IDS.map((id) => {
          const Panel = panels[id];
          return (
            <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={panel !== id}>
              <Panel />
            </div>
          );
        })}
      </main>
    </PaneProvider>
  );
}
