/**
 * The run cycle every panel shares: check the form, build the sheets, write them, report what was
 * created — or show one plain-language error.
 */
import { useCallback, useState } from "react";
import type { SheetSpec } from "../sheets/spec";
import { LocalizedError } from "../core/errors";
import { describeError } from "./describe-error";
import type { WriteReport } from "./host/workbook-host";
import { usePane } from "./pane-context";

/** A verdict on what was built (the roster: covered or short), shown above the sheet list. */
export interface RunVerdict {
  /** "warning": the sheets were written but do not do what was asked (amber). */
  intent: "success" | "warning";
  title: string;
  lines: string[];
}

/** What a panel's build step hands back: the sheets to write and, optionally, other ones for the .xlsx download. */
export interface BuiltSheets {
  specs: SheetSpec[];
  /** Sheets for the preview download when they differ from what Excel gets (live CS.* formulas). */
  downloadSpecs?: SheetSpec[];
  verdict?: RunVerdict;
}

export interface GeneratorRun {
  report: WriteReport;
  specs: SheetSpec[];
  downloadSpecs: SheetSpec[];
  verdict?: RunVerdict;
}

export type GeneratorState =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; run: GeneratorRun }
  | { status: "error"; message: string };

/**
 * A message already written in the pane's language (from its string tables, e.g. a bad row of a
 * range): a {@link LocalizedError} whose text is that message whichever language is asked for.
 */
export class PlainMessage extends LocalizedError {
  constructor(message: string) {
    super({ "en-US": message, "zh-CN": message });
    this.name = "PlainMessage";
  }
}

/** `remember` runs after a successful write, with what was written (e.g. to find the sheets again later). */
export function useGenerator(build: () => Promise<BuiltSheets | undefined>, remember: (report: WriteReport) => Promise<void>) {
  const { host, locale, text } = usePane();
  const [state, setState] = useState<GeneratorState>({ status: "idle" });
  const run = useCallback(async () => {
    setState({ status: "running" });
    try {
      const built = await build();
      if (!built) {
        setState({ status: "error", message: text.common.fixFields });
        return;
      }
      const report = await host.writeSheets(built.specs);
      await remember(report).catch(() => undefined); // remembering choices is a convenience, never a failure
      const done: GeneratorRun = { report, specs: built.specs, downloadSpecs: built.downloadSpecs ?? built.specs };
      if (built.verdict) done.verdict = built.verdict;
      setState({ status: "done", run: done });
    } catch (e) {
      setState({ status: "error", message: describeError(e, locale, text) });
    }
  }, [build, host, locale, remember, text]);
  return { state, run, reset: () => setState({ status: "idle" }) };
}
