/**
 * Cached values: every formula cell of the sample workbook and of the linked peak plan (both
 * locales) carries the value Excel
 * will compute, so previews and readers that do not calculate show the numbers. Checked cell by
 * cell against LibreOffice's own recalculation of the same file (numbers within 1e-9 relative,
 * money to the cent), as openpyxl (data_only=True) reads both files. Fails (not skips) in CI
 * without soffice.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { LOCALES } from "../src/i18n/locale";
import { buildSampleSheets, type Generator } from "../src/sheets/generator";
import { PEAK_GENERATOR } from "../src/sheets/peak/generator";
import { buildSampleWorkbook } from "../src/sheets/sample-workbook";
import type { SheetSpec } from "../src/sheets/spec";
import { appendSheets, writeXlsx } from "../src/xlsx";
import { readWithOpenpyxl } from "./support/openpyxl";
import { itWithSoffice, recalculatedBytes } from "./support/recalc";

/** Formula cells (`<c>` with `<f>`) of every sheet part that have no `<v>`. */
async function formulasWithoutValue(bytes: Uint8Array): Promise<{ formulas: number; missing: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  let formulas = 0;
  const missing: string[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(.*?)<\/c>/g)) {
      if (!m[2]!.includes("<f")) continue;
      formulas++;
      if (!m[2]!.includes("<v")) missing.push(`${path} ${m[1]}`);
    }
  }
  return { formulas, missing };
}

function same(mine: unknown, theirs: unknown, numFmt: string): boolean {
  if (typeof mine === "number" && typeof theirs === "number") {
    const money = /#,##0\.00|0\.00/.test(numFmt);
    if (money && Math.round(mine * 100) !== Math.round(theirs * 100)) return false;
    return Math.abs(mine - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs));
  }
  return mine === theirs;
}

/** The two books `npm run workbook` writes; the plan is built (rosters solved) once per locale. */
const BOOKS: ReadonlyArray<[string, (locale: (typeof LOCALES)[number]) => Promise<SheetSpec[]>, number]> = [
  ["sample workbook", buildSampleWorkbook, 6000],
  ["peak plan", (locale) => buildSampleSheets(PEAK_GENERATOR as Generator<string, unknown>, locale), 3000],
];
const CASES = BOOKS.flatMap(([book, build, minFormulas]) => LOCALES.map((locale) => [book, locale, build, minFormulas] as const));

describe.each(CASES)("cached values of the %s (%s)", (_book, locale, build, minFormulas) => {
  let specs: Promise<SheetSpec[]> | undefined;
  const book = () => (specs ??= build(locale));

  it("the evaluator computes every formula cell (no function it does not know)", async () => {
    const result = await appendSheets(new ExcelJS.Workbook(), await book());
    expect(result.uncachedFormulas).toEqual([]);
  }, 600_000);

  itWithSoffice()(
    "every formula cell has a cached value equal to LibreOffice's recalculation, and openpyxl reads it",
    async () => {
      const bytes = await writeXlsx(await book());
      const raw = await formulasWithoutValue(bytes);
      expect(raw.missing).toEqual([]);
      expect(raw.formulas).toBeGreaterThan(minFormulas);
      // Excel still recalculates on open.
      const workbookXml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
      expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);

      const dir = await mkdtemp(join(tmpdir(), "kefu-cached-"));
      try {
        const ours = join(dir, "ours.xlsx");
        const theirs = join(dir, "libreoffice.xlsx");
        await writeFile(ours, bytes);
        await writeFile(theirs, await recalculatedBytes(bytes));
        const [mine, lo] = await readWithOpenpyxl([ours, theirs]);
        expect(mine!.warnings).toEqual([]);
        let compared = 0;
        let numbers = 0;
        const mismatches: string[] = [];
        for (const [sheet, cells] of Object.entries(mine!.sheets)) {
          for (const [address, [formula, value, numFmt]] of Object.entries(cells)) {
            compared++;
            if (typeof value === "number") numbers++;
            const expected = lo!.sheets[sheet]?.[address]?.[1];
            if (!same(value, expected, numFmt)) mismatches.push(`${sheet}!${address} ${JSON.stringify(value)} ≠ ${JSON.stringify(expected)} (${formula.slice(0, 80)})`);
          }
        }
        expect(mismatches.slice(0, 20)).toEqual([]);
        expect(compared).toBe(raw.formulas);
        // The numbers a reader sees without calculating: thousands, not the empty cells of before.
        expect(numbers).toBeGreaterThan(minFormulas / 3);
        process.stdout.write(`[cached values] ${_book} ${locale}: ${compared} formula cells compared with LibreOffice, ${numbers} numbers\n`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
