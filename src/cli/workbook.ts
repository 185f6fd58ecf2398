/**
 * `npm run workbook -- [--locale zh-CN|en-US] [--out out/kefu-kit-sample.zh-CN.xlsx]`
 *
 * Writes the sample workbook (every generator's sample sheets for the sample team) to an .xlsx,
 * creating the folder, and prints the path and the sheets written. An existing --out file is never
 * overwritten (without --out the next free name is taken); the path is checked before any work.
 * Errors: one line on stderr in the --locale language, exit 2 for usage, 1 otherwise.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { LOCALES, type Locale } from "../i18n/locale";
import { buildSampleWorkbook } from "../sheets/sample-workbook";
import { writeXlsx } from "../xlsx";
import { parseFlags, reportError, terminalLocale } from "./cli-io";
import { checkOutputPath } from "./output-path";

export const WORKBOOK_FLAGS = {
  locale: { values: LOCALES, default: "zh-CN" },
  out: { optional: true },
} as const;

/**
 * Builds and writes the sample workbook to a new file (values cached, charts included); returns the
 * absolute path and the sheet names.
 *
 * @throws InputError when `outPath` cannot take a new file (checked before building).
 */
export async function writeSampleWorkbook(locale: Locale, outPath: string): Promise<{ path: string; sheets: string[] }> {
  const path = checkOutputPath(outPath);
  const specs = await buildSampleWorkbook(locale);
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeXlsx(specs, { workbook });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes, { flag: "wx" });
  return { path, sheets: workbook.worksheets.map((ws) => ws.name) };
}

/** The default file, or the first of "-2", "-3", … that does not exist yet. */
function defaultOut(locale: Locale): string {
  const base = `out/kefu-kit-sample.${locale}`;
  let path = `${base}.xlsx`;
  for (let n = 2; existsSync(path); n++) path = `${base}-${n}.xlsx`;
  return path;
}

export async function main(argv: readonly string[]): Promise<number> {
  let locale = terminalLocale();
  try {
    const flags = parseFlags(argv, WORKBOOK_FLAGS);
    locale = flags.locale as Locale;
    const { path, sheets } = await writeSampleWorkbook(locale, flags.out ?? defaultOut(locale));
    process.stdout.write(`${path}\n`);
    sheets.forEach((name, i) => process.stdout.write(`  ${i + 1}. ${name}\n`));
    return 0;
  } catch (error) {
    return reportError(error, locale);
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
