/**
 * The forecast column is the Staffing panel's volume range, as it is: one column of 144 counts
 * ≥ 0 under a header, read by the same check the Staffing panel applies, and the headcount sheet
 * built from it answers the capacity rule per slot.
 */
import { TASKPANE_TEXT } from "../src/i18n/taskpane";
import { computeForecast } from "../src/sheets/forecast/compute-forecast";
import { buildForecastSheet, forecastLayout } from "../src/sheets/forecast/forecast-sheet";
import { sampleForecastInput } from "../src/sheets/forecast/sample";
import { computeStaffing } from "../src/sheets/staffing/compute-staffing";
import { SAMPLE_STAFFING_INPUT } from "../src/sheets/staffing/generator";
import { readNumberColumn } from "../src/taskpane/validation";

test("the forecast column reads as a staffing volume range and gives a headcount per slot", () => {
  const input = sampleForecastInput();
  const computed = computeForecast(input);
  const sheet = buildForecastSheet(input, "en-US", computed);
  const L = forecastLayout(3, 144);
  const column = Array.from({ length: 144 }, (_, s) => [sheet.cells.find((c) => c.row === L.firstRow + s && c.col === L.forecastCol)?.value ?? null]);
  const t = TASKPANE_TEXT["en-US"].staffing;
  const read = readNumberColumn(column, { notNumber: t.volumeNotNumber, negative: t.volumeNegative, rows: t.volumeRows, columns: t.volumeColumns }, { min: 1, max: 1008 });
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.numbers).toEqual(computed.event.forecast);
  const staffing = computeStaffing({ ...SAMPLE_STAFFING_INPUT, model: "capacity", volumes: read.numbers, params: { ...SAMPLE_STAFFING_INPUT.params, chatsPerAgentHour: 360, automationRate: 0.3, shrinkage: 0 } });
  // 00:00, the midnight rush: ⌈forecast × 0.7 ÷ 60⌉ agents for a 10-minute slot at 360 an hour.
  expect(staffing.required[0]).toBe(Math.ceil((computed.event.forecast[0]! * 0.7) / 60));
});
