/** Bundled for Chromium by xlsx-browser.test.ts: the .xlsx writer exactly as the task pane uses it. */
import { loadXlsx, writeXlsx } from "../../src/xlsx";
import { dataSheet, summarySheet } from "./feature-specs";

async function roundTrip(): Promise<{ bytes: number; sheets: string[]; formula: string | undefined; inputFill: unknown }> {
  const bytes = await writeXlsx([dataSheet(), summarySheet()]);
  const wb = await loadXlsx(bytes);
  return {
    bytes: bytes.length,
    sheets: wb.worksheets.map((ws) => ws.name),
    formula: wb.getWorksheet("Summary 汇总")?.getCell("B7").formula,
    inputFill: wb.getWorksheet("质检记录")?.getCell("B9").fill,
  };
}

(globalThis as unknown as { kefuRoundTrip: typeof roundTrip }).kefuRoundTrip = roundTrip;
