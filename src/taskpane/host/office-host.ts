/**
 * The workbook inside Excel: reads ranges with Office.js, writes generated sheets with the shared
 * Office.js writer (`src/excel/`), and remembers choices in the document's settings so they travel
 * with the workbook.
 */
import type { Scalar, SheetSpec } from "../../sheets/spec";
import { rewriteSheets, writeSheets } from "../../excel";
import { parseAddress } from "./range-address";
import { checkRangeSize, RangeReadError } from "./range-error";
import type { RangeValues, SheetRewrite, WorkbookHost, WriteReport } from "./workbook-host";

/** Office returns "" for blank cells; the pane works with `null`. */
function toScalars(values: unknown[][]): Scalar[][] {
  return values.map((row) =>
    row.map((v): Scalar => (v === "" || v === undefined || v === null ? null : typeof v === "number" || typeof v === "boolean" ? v : String(v))),
  );
}

export class OfficeHost implements WorkbookHost {
  readonly kind = "excel" as const;

  displayLanguage(): string {
    return Office.context.displayLanguage;
  }

  readSelection(): Promise<RangeValues> {
    return Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load(["address", "values"]);
      await context.sync();
      return { address: range.address, values: toScalars(range.values) };
    });
  }

  readRange(address: string): Promise<RangeValues> {
    const parsed = parseAddress(address);
    if (!parsed) return Promise.reject(new RangeReadError({ kind: "notAddress" }));
    return Excel.run(async (context) => {
      const bang = address.lastIndexOf("!");
      const sheet = parsed.sheet !== undefined ? context.workbook.worksheets.getItem(parsed.sheet) : context.workbook.worksheets.getActiveWorksheet();
      const asked = sheet.getRange(bang >= 0 ? address.slice(bang + 1) : address.trim());
      // Whole columns/rows (B:B) end where the sheet's values end: a million blank rows are not data.
      const range = parsed.whole ? asked.getIntersectionOrNullObject(sheet.getUsedRange(true)) : asked;
      range.load(["address", "rowCount", "columnCount", "isNullObject"]);
      await context.sync();
      if (range.isNullObject) return { address: address.trim(), values: [] };
      checkRangeSize(range.rowCount, range.columnCount);
      range.load("values");
      await context.sync();
      return { address: range.address, values: toScalars(range.values) };
    });
  }

  writeSheets(specs: readonly SheetSpec[]): Promise<WriteReport> {
    return Excel.run(async (context) => {
      const result = await writeSheets(context, [...specs]);
      return { created: result.created.map((c) => ({ id: c.id, name: c.name })) };
    });
  }

  rewriteSheets(rewrites: readonly SheetRewrite[], names: ReadonlyMap<string, string>): Promise<void> {
    return Excel.run((context) => rewriteSheets(context, rewrites, names));
  }

  activateSheet(name: string): Promise<void> {
    return Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  getSetting(key: string): unknown {
    const value: unknown = Office.context.document.settings.get(key);
    return value === null ? undefined : value;
  }

  setSetting(key: string, value: unknown): Promise<void> {
    const settings = Office.context.document.settings;
    settings.set(key, value);
    return new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
        else reject(new Error(result.error.message));
      });
    });
  }
}
