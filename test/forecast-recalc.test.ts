/**
 * The forecast sheet as a file: the sample written with the xlsx writer (numbers in place of the
 * CS.* cells), recalculated in LibreOffice. Its native formulas (event totals, uplifts, the combined
 * uplift, this year's total, the slots' sum, hourly totals, hourly errors) must agree with the
 * TypeScript engine: this year's total equals the sum of the slots, as the core promises.
 * Fails (not skips) in CI without soffice.
 */
import type ExcelJS from "exceljs";
import { a1 } from "../src/sheets/spec";
import { computeForecast, hourlyTotals } from "../src/sheets/forecast/compute-forecast";
import { forecastLayout } from "../src/sheets/forecast/forecast-sheet";
import { buildForecastSample, sampleForecastInput } from "../src/sheets/forecast/sample";
import { writeXlsx } from "../src/xlsx";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

function num(ws: ExcelJS.Worksheet, row: number, col: number): number {
  const v = cellValue(ws, a1(row, col));
  if (typeof v !== "number") throw new Error(`${ws.name}!${a1(row, col)} is ${JSON.stringify(v)}, not a number`);
  return v;
}

describe("forecast sheet recalculated in LibreOffice", () => {
  itWithSoffice()(
    "native formulas agree with the engine; this year's total is the sum of its slots",
    async () => {
      const specs = buildForecastSample("en-US");
      const wb = await recalculate(await writeXlsx(specs));
      expect(findErrorCells(wb)).toEqual([]);
      const ws = wb.getWorksheet(specs[0]!.name)!;
      const input = sampleForecastInput();
      const computed = computeForecast(input);
      const L = forecastLayout(3, 144);
      input.pastDays.forEach((day, y) => {
        const total = day.reduce((a, b) => a + b, 0);
        expect(num(ws, L.pastFirstRow + y, 5)).toBe(total);
        expect(num(ws, L.pastFirstRow + y, 6)).toBeCloseTo(computed.event.uplifts[y]!, 9);
      });
      expect(num(ws, L.combinedRow, 6)).toBeCloseTo(computed.event.uplift, 9);
      expect(num(ws, L.combinedRow + 1, 6)).toBeCloseTo(computed.event.total, 6);
      expect(num(ws, L.combinedRow + 2, 6)).toBeCloseTo(computed.event.total, 6);
      const hours = hourlyTotals(computed.event.forecast, 6);
      const actual = hourlyTotals(input.pastDays[2]!, 6);
      const backtest = hourlyTotals(computed.backtest!.forecast, 6);
      hours.forEach((v, h) => {
        expect(num(ws, L.firstRow + h, L.hourCol + 1)).toBeCloseTo(v, 6);
        expect(num(ws, L.firstRow + h, L.hourCol + 3)).toBe(actual[h]);
        expect(num(ws, L.firstRow + h, L.hourCol + 5)).toBeCloseTo(Math.abs(backtest[h]! - actual[h]!) / actual[h]!, 9);
      });
    },
    240_000,
  );
});
