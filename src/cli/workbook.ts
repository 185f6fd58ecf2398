/**
 * `npm run workbook -- [--plan | --samples] [--locale zh-CN|en-US] [--out path.xlsx]`
 *
 * Writes the sample shop's linked peak plan (`--plan`, the default: out/kefu-kit-peak-plan.<locale>.xlsx)
 * or the gallery of every generator's sample sheets (`--samples`: out/kefu-kit-sample.<locale>.xlsx)
 * to an .xlsx, creating the folder, and prints the path and the sheets written. An existing --out file is never
 * overwritten (without --out the next free name is taken); the path is checked before any work.
 * Errors: one line on stderr in the --locale language, exit 2 for usage, 1 otherwise.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { LOCALES, type Locale } from "../i18n/locale";
import { buildSampleSheets, type Generator } from "../sheets/generator";
import { PEAK_GENERATOR } from "../sheets/peak/generator";
import { buildSampleWorkbook } from "../sheets/sample-workbook";
import { writeXlsx } from "../xlsx";
import { parseFlags, reportError, terminalLocale, UsageError } from "./cli-io";
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
export async function writeSampleWorkbook(locale: Locale, outPath: string, book: Book = "samples"): Promise<{ path: string; sheets: string[] }> {
  const path = checkOutputPath(outPath);
  const specs = book === "plan" ? await buildSampleSheets(PEAK_GENERATOR as Generator<string, unknown>, locale) : await buildSampleWorkbook(locale);
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeXlsx(specs, { workbook });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes, { flag: "wx" });
  return { path, sheets: workbook.worksheets.map((ws) => ws.name) };
}

/** Which workbook: the linked peak plan or the gallery of every generator's samples. */
export type Book = "plan" | "samples";

/** `--plan` / `--samples` take no value: read and removed before the other flags are parsed. */
function takeBook(argv: readonly string[]): { book: Book; rest: string[] } {
  const plan = argv.includes("--plan");
  const samples = argv.includes("--samples");
  if (plan && samples) throw new UsageError({ "en-US": "give --plan or --samples, not both", "zh-CN": "--plan 与 --samples 只能选一个" });
  return { book: samples ? "samples" : "plan", rest: argv.filter((a) => a !== "--plan" && a !== "--samples") };
}

/** The default file, or the first of "-2", "-3", … that does not exist yet. */
function defaultOut(locale: Locale, book: Book): string {
  const base = `out/kefu-kit-${book === "plan" ? "peak-plan" : "sample"}.${locale}`;
  let path = `${base}.xlsx`;
  for (let n = 2; existsSync(path); n++) path = `${base}-${n}.xlsx`;
  return path;
}

export async function main(argv: readonly string[]): Promise<number> {
  let locale = terminalLocale();
  try {
    const { book, rest } = takeBook(argv);
    const flags = parseFlags(rest, WORKBOOK_FLAGS);
    locale = flags.locale as Locale;
    const { path, sheets } = await writeSampleWorkbook(locale, flags.out ?? defaultOut(locale, book), book);
    process.stdout.write(`${path}\n`);
    sheets.forEach((name, i) => process.stdout.write(`  ${i + 1}. ${name}\n`));
    return 0;
  } catch (error) {
    return reportError(error, locale);
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
