/**
 * `npm run workbook -- [--locale zh-CN|en-US] [--out out/kefu-kit-sample.zh-CN.xlsx]`
 *
 * Writes the sample workbook (every registered generator's sheets for the sample team) to an .xlsx,
 * creating the folder, and prints the path and the sheets written.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { defineStrings, format, LOCALES, type Locale } from "../i18n/locale";
import { buildSampleWorkbook } from "../sheets/sample-workbook";
import { writeXlsx } from "../xlsx";
import { parseFlags, runCli, terminalLocale } from "./cli-io";

export const WORKBOOK_FLAGS = {
  locale: { values: LOCALES, default: "zh-CN" },
  out: { optional: true },
} as const;

const TEXT = defineStrings({
  "en-US": { chartsSkipped: "note: {n} chart(s) appear only when the add-in writes the sheets into Excel; an .xlsx written here cannot contain charts" },
  "zh-CN": { chartsSkipped: "提示：{n} 个图表只在加载项把工作表写入 Excel 时绘制；此处生成的 .xlsx 文件无法包含图表" },
});

/** Builds and writes the sample workbook; returns the absolute path, the sheet names and the charts left out. */
export async function writeSampleWorkbook(locale: Locale, outPath: string): Promise<{ path: string; sheets: string[]; skippedCharts: number }> {
  const specs = await buildSampleWorkbook(locale);
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeXlsx(specs, { workbook });
  const path = resolve(outPath);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  const skippedCharts = specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
  return { path, sheets: workbook.worksheets.map((ws) => ws.name), skippedCharts };
}

async function main(argv: readonly string[]): Promise<void> {
  const flags = parseFlags(argv, WORKBOOK_FLAGS);
  const locale = flags.locale as Locale;
  const out = flags.out ?? `out/kefu-kit-sample.${locale}.xlsx`;
  const { path, sheets, skippedCharts } = await writeSampleWorkbook(locale, out);
  process.stdout.write(`${path}\n`);
  sheets.forEach((name, i) => process.stdout.write(`  ${i + 1}. ${name}\n`));
  if (skippedCharts > 0) process.stderr.write(`${format(TEXT[terminalLocale()].chartsSkipped, { n: skippedCharts })}\n`);
}

if (require.main === module) runCli(() => main(process.argv.slice(2)));
