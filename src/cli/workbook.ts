/**
 * `npm run workbook -- [--locale zh-CN|en-US] [--out out/kefu-kit-sample.zh-CN.xlsx]`
 *
 * Writes the sample workbook (every registered generator's sheets for the sample team) to an .xlsx,
 * creating the folder, and prints the path and the sheets written.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { LOCALES, type Locale } from "../i18n/locale";
import { buildSampleWorkbook } from "../sheets/sample-workbook";
import { writeXlsx } from "../xlsx";
import { parseFlags, runCli } from "./cli-io";

export const WORKBOOK_FLAGS = {
  locale: { values: LOCALES, default: "zh-CN" },
  out: { optional: true },
} as const;

/** Builds and writes the sample workbook; returns the absolute path and the sheet names. */
export async function writeSampleWorkbook(locale: Locale, outPath: string): Promise<{ path: string; sheets: string[] }> {
  const specs = await buildSampleWorkbook(locale);
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeXlsx(specs, { workbook });
  const path = resolve(outPath);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return { path, sheets: workbook.worksheets.map((ws) => ws.name) };
}

async function main(argv: readonly string[]): Promise<void> {
  const flags = parseFlags(argv, WORKBOOK_FLAGS);
  const locale = flags.locale as Locale;
  const out = flags.out ?? `out/kefu-kit-sample.${locale}.xlsx`;
  const { path, sheets } = await writeSampleWorkbook(locale, out);
  process.stdout.write(`${path}\n`);
  sheets.forEach((name, i) => process.stdout.write(`  ${i + 1}. ${name}\n`));
}

if (require.main === module) runCli(() => main(process.argv.slice(2)));
