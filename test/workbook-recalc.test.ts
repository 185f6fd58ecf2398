/**
 * The sample workbook (every listed generator's sheets) in both locales: written with the
 * .xlsx writer, recalculated in LibreOffice headless, and no cell of any sheet may be an error
 * value. Grows by itself as generators are listed in `src/sheets/generators.ts`.
 */
import { LOCALES } from "../src/i18n/locale";
import { buildSampleSheets } from "../src/sheets/generator";
import { GENERATORS } from "../src/sheets/generators";
import { buildSampleWorkbook } from "../src/sheets/sample-workbook";
import { unsupportedFormulaUses, type SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

describe.each(LOCALES)("sample workbook (%s)", (locale) => {
  const sofficeIt = itWithSoffice();
  let built: Promise<SheetSpec[]> | undefined;
  // Some generators solve an optimisation: build once per locale.
  const sample = (): Promise<SheetSpec[]> => (built ??= buildSampleWorkbook(locale));

  it("uses only functions that calculate in Excel, WPS and LibreOffice 7.4", async () => {
    const specs = await sample();
    expect(specs.flatMap(unsupportedFormulaUses)).toEqual([]);
  });

  it("has a contents sheet first, then every listed gallery generator's sheets", async () => {
    const specs = await sample();
    const expected: string[] = [];
    // The peak plan is a workbook of its own (`ownWorkbook`), not part of the gallery.
    for (const generator of GENERATORS.filter((g) => !g.ownWorkbook)) expected.push(...(await buildSampleSheets(generator, locale)).map((s) => s.id));
    expect(specs.map((s) => s.id)).toEqual(["sampleContents", ...expected]);
  });

  sofficeIt(
    "recalculates in LibreOffice with no error value in any cell",
    async () => {
      const specs = await sample();
      const workbook = await recalculate(await writeXlsx(specs));
      expect(workbook.worksheets.map((ws) => ws.name)).toHaveLength(specs.length);
      expect(findErrorCells(workbook)).toEqual([]);
    },
    180_000,
  );
});
