/**
 * The QA log the coaching forms are written from: in Excel, the generated QA log sheet of the
 * channel read through the host (rows that are unused or cannot be scored are skipped); in the
 * preview, the sample month (the preview workbook holds no user log).
 */
import type { QaChannel } from "../core/qa/catalogue";
import { defaultCatalogue } from "../core/qa/default-catalogue";
import type { QaLogEntry, QaPeriod } from "../core/qa/qa-log";
import { sampleQaLog } from "../core/sample/qa-reviews";
import { toSerialDate } from "../core/serial-date";
import { format, type Locale } from "../i18n/locale";
import { QA_STRINGS } from "../i18n/qa";
import { DEFAULT_QA_LOG_ROWS } from "../sheets/qa/build-qa-sheets";
import { parseLogRow } from "../sheets/qa/qa-log-rows";
import { qaLogLayout } from "../sheets/qa/qa-layout";
import { columnLetter } from "../sheets/spec";
import type { WorkbookHost } from "./host/workbook-host";

/** The QA log sheet's name as the QA generator writes it. */
export function qaLogSheetName(channel: QaChannel, locale: Locale): string {
  const t = QA_STRINGS[locale];
  return format(t.sheetNames.log, { channel: t.channel[channel] });
}

/** "2026-10" → the first and last day of that month; null when the text is not a month. */
export function monthPeriod(text: string): QaPeriod | null {
  const m = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 2000 || year > 2099) return null;
  return { first: toSerialDate(year, month, 1), last: toSerialDate(year, month + 1, 1) - 1 };
}

export async function readQaLog(host: WorkbookHost, channel: QaChannel, locale: Locale): Promise<QaLogEntry[]> {
  if (host.kind === "preview") return sampleQaLog(channel, locale);
  const catalogue = defaultCatalogue(channel);
  const layout = qaLogLayout(catalogue, DEFAULT_QA_LOG_ROWS);
  const sheet = qaLogSheetName(channel, locale).replace(/'/g, "''");
  const address = `'${sheet}'!A${layout.firstDataRow + 1}:${columnLetter(layout.columns.last)}${layout.lastDataRow + 1}`;
  const { values } = await host.readRange(address);
  return values.map((row) => parseLogRow(catalogue, layout.columns, row, locale)).filter((e): e is QaLogEntry => e !== null);
}
