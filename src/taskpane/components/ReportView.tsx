/**
 * What a run created: one link per sheet (activates it in Excel), and in preview the first rows of
 * each sheet plus the .xlsx download.
 */
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { format } from "../../i18n/locale";
import { SheetEvaluator } from "../../sheets/evaluate";
import { describeError } from "../describe-error";
import { usePane } from "../pane-context";
import type { GeneratorRun } from "../use-generator";
import { SheetPreview } from "./SheetPreview";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Saves bytes as a file through a temporary object URL (the browser's download). */
function saveFile(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportView({ run, fileName }: { run: GeneratorRun; fileName: string }) {
  const styles = useStyles();
  const { host, locale, text } = usePane();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const specById = new Map(run.specs.map((s) => [s.id, s]));
  const sheetNames = new Map(run.report.created.map((c) => [c.id, c.name]));
  // The values the sheets calculate, as the .xlsx caches them (computed once per run).
  const evaluator = useMemo(() => (host.kind === "preview" ? new SheetEvaluator(run.specs) : undefined), [host.kind, run.specs]);
  const count = run.report.created.length;
  const createdTitle = count === 1 ? text.common.createdOne : format(text.common.created, { count });
  const exportXlsx = host.exportXlsx?.bind(host);
  const verdict = run.verdict;
  const region = useRef<HTMLDivElement>(null);
  // A short pane puts the result below the fold: bring it into view and give it the focus (screen readers read it).
  useEffect(() => {
    const el = region.current;
    el?.scrollIntoView?.({ block: "start", behavior: "smooth" });
    el?.focus({ preventScroll: true });
  }, [run]);
  const download = async () => {
    if (!exportXlsx) return;
    setBusy(true);
    try {
      saveFile(await exportXlsx(run.downloadSpecs), fileName);
      setError(undefined);
    } catch (e) {
      setError(describeError(e, locale, text));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div ref={region} tabIndex={-1} className={styles.stack} role="region" aria-live="polite" aria-label={verdict?.title ?? createdTitle} data-testid="run-report">
      <MessageBar intent={verdict?.intent ?? "success"} data-testid="run-verdict" data-intent={verdict?.intent ?? "success"}>
        <MessageBarBody>
          <MessageBarTitle>{verdict ? format(text.common.verdictTitle, { verdict: verdict.title, created: createdTitle }) : createdTitle}</MessageBarTitle>
          {verdict?.lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
          <ul className={styles.list} data-testid="created-sheets">
            {run.report.created.map((c) => {
              const wanted = specById.get(c.id)?.name;
              return (
                <li key={c.id}>
                  <Link aria-label={format(text.common.openSheet, { name: c.name })} onClick={() => void host.activateSheet(c.name).catch(() => undefined)}>
                    {c.name}
                  </Link>
                  {/* Never silently: a second run gets "Headcount (2)" because "Headcount" is there already. */}
                  {wanted !== undefined && wanted !== c.name && <span data-testid="renamed">{format(text.common.renamed, { wanted })}</span>}
                </li>
              );
            })}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {exportXlsx && (
        <Button appearance="primary" onClick={() => void download()} disabled={busy}>
          {busy ? text.common.downloading : text.common.download}
        </Button>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {host.kind === "preview" &&
        run.report.created.map((c) => {
          const spec = specById.get(c.id);
          const values = evaluator && ((row: number, col: number) => evaluator.cachedValue(c.id, row, col));
          return spec ? <SheetPreview key={c.id} spec={spec} name={c.name} sheetNames={sheetNames} {...(values ? { values } : {})} /> : null;
        })}
    </div>
  );
}
