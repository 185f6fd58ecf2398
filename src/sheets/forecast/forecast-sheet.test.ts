import { forecastEventDay } from "../../core/forecast";
import { a1, unsupportedFormulaUses, type SheetSpec } from "../spec";
import { computeForecast, hourlyTotals } from "./compute-forecast";
import { buildForecastSheet, forecastLayout } from "./forecast-sheet";
import { buildForecastSample, sampleForecastInput } from "./sample";

const at = (sheet: SheetSpec, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);

describe("forecast sheet", () => {
  const input = sampleForecastInput();
  const L = forecastLayout(3, 144);

  test("live: this year's slots are one spilled CS.EVENTFORECAST over the past days, baselines and inputs", () => {
    const sheet = buildForecastSheet(input, "en-US");
    expect(at(sheet, L.firstRow, L.forecastCol)?.formula).toBe(`CS.EVENTFORECAST(B${L.firstRow + 1}:D${L.lastRow + 1},$E$6:$E$8,$B$6,$B$7,$B$8)`);
    // The backtest: 2025 (column D) from 2023–2024 alone, with 2025's own normal level.
    expect(at(sheet, L.firstRow, L.backtestCol)?.formula).toBe(`CS.EVENTFORECAST(B${L.firstRow + 1}:C${L.lastRow + 1},$E$6:$E$7,$E$8,$B$7)`);
    expect(at(sheet, 5, 1)?.formula).toBe("SUM(CS.FORECAST([[forecastRecent]]!$C$5:$C$8068,144,1008))/7");
    expect(at(sheet, L.firstRow, L.hourCol + 2)?.formula).toBe(`CS.CAPACITYAGENTS(${a1(L.firstRow, L.hourCol + 1)},$B$9,3600,$B$10)`);
    // Only the CS.* cells are add-in formulas; everything else calculates anywhere.
    const uses = unsupportedFormulaUses(sheet);
    expect(uses.every((u) => /: CS\.(EVENTFORECAST|FORECAST|CAPACITYAGENTS|ACCURACY) in/.test(u))).toBe(true);
    expect(sheet.charts?.[0]?.source).toEqual({ top: L.headerRow, left: 0, bottom: L.lastRow, right: L.forecastCol });
  });

  test("static: the numbers of the same core functions in place of every CS.* formula", () => {
    const computed = computeForecast(input);
    const sheet = buildForecastSheet(input, "zh-CN", computed);
    expect(unsupportedFormulaUses(sheet)).toEqual([]);
    const event = forecastEventDay({ pastDays: input.pastDays, pastBaselines: input.pastBaselines, baseline: computed.baseline, level: 0.8 });
    expect(at(sheet, L.firstRow + 7, L.forecastCol)?.value).toBe(event.forecast[7]);
    expect(at(sheet, L.firstRow + 7, L.forecastCol + 2)?.value).toBe(event.upper![7]);
    // The day totals baseline × mean uplift.
    const mean = input.pastDays.reduce((a, d, y) => a + d.reduce((x, v) => x + v, 0) / input.pastBaselines[y]!, 0) / 3;
    expect(computed.event.forecast.reduce((a, b) => a + b, 0)).toBeCloseTo(computed.baseline * mean, 6);
    // People per hour: ⌈hour's forecast × (1 − 30 %) ÷ 360⌉.
    const hours = hourlyTotals(computed.event.forecast, 6);
    hours.forEach((v, h) => expect(at(sheet, L.firstRow + h, L.hourCol + 2)?.value).toBe(Math.ceil((v * 0.7) / 360 - 1e-9)));
    // The sample's normal level grows towards the event: above the last sample year's.
    expect(computed.baseline).toBeGreaterThan(11_300);
  });

  test("the backtest of the sample is close, and says how close", () => {
    const { backtest } = computeForecast(input);
    expect(backtest!.wapeDay).toBeGreaterThan(0);
    expect(backtest!.wapeDay).toBeLessThan(0.1);
    expect(backtest!.wapeHour).toBeLessThanOrEqual(backtest!.wapeDay);
  });

  test("the sample is labelled as a sample on both sheets", () => {
    const [forecast, recent] = buildForecastSample("zh-CN");
    expect(String(at(forecast!, 1, 0)?.value)).toContain("示例数据");
    expect(String(at(recent!, 1, 0)?.value)).toContain("示例数据");
    expect(recent!.cells.filter((c) => c.col === 2 && c.row >= 4)).toHaveLength(8 * 7 * 144);
  });

  test("one past year: no backtest, a note instead", () => {
    const one = { ...input, pastLabels: ["2025"], pastDays: [input.pastDays[2]!], pastBaselines: [input.pastBaselines[2]!], baseline: { kind: "typed" as const, value: 12_000 } };
    const computed = computeForecast(one);
    expect(computed.backtest).toBeUndefined();
    const sheet = buildForecastSheet(one, "en-US", computed);
    expect(sheet.cells.some((c) => c.value === "A backtest needs at least two past event days.")).toBe(true);
    expect(computed.event.forecast.reduce((a, b) => a + b, 0)).toBeCloseTo(12_000 * (input.pastDays[2]!.reduce((a, b) => a + b, 0) / input.pastBaselines[2]!), 6);
  });
});
