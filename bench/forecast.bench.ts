/**
 * Forecast benchmarks. Each figure is also given as a ratio to a bare pass over the same data in
 * the same run (reading every cell of the range and summing it), so it compares across machines.
 * Called the way Excel calls them: ranges as matrices, omitted optionals as null.
 *
 * - FORECAST on 8 weeks × 144 slots (8 064 points), 7 days ahead. Target: ≤ 20 ms.
 * - FORECAST on a year of 10-minute history (52 560 points), 7 days ahead. Target: ≤ 200 ms.
 * - EVENTFORECAST on 3 × 144 with an 80 % interval. Target: ≤ 2 ms.
 *
 * Run with `npm run bench forecast` or alone: `npx tsx bench/forecast.bench.ts`.
 */
import { drawCounts, forecastSample, normalIntensity } from "../src/core/forecast";
import { EVENTFORECAST, FORECAST } from "../src/functions/forecast";
import { fmt, msPerCall, verdict } from "./timing";


/** The floor: one pass over the range, every cell read and added. */
function barePass(matrix: readonly (readonly unknown[])[]): number {
  let s = 0;
  for (const row of matrix) for (const v of row) s += typeof v === "number" ? v : 0;
  return s;
}

const omitted = null as never;

function benchForecast(label: string, history: number[], targetMs: number): boolean {
  const column = history.map((v) => [v]);
  const call = () => FORECAST(column, [[144]], [[1008]], omitted, omitted).length;
  const ms = msPerCall(call);
  const floor = msPerCall(() => barePass(column));
  console.log(`FORECAST, ${label} (${history.length} points), 7 days ahead: ${fmt(ms)} per call, ${(ms / floor).toFixed(0)}× a bare pass (${fmt(floor)}) [target ≤ ${targetMs} ms: ${verdict(ms <= targetMs)}]`);
  return ms <= targetMs;
}

function benchEvent(): boolean {
  const s = forecastSample();
  const history = s.pastDays[0]!.map((_v, slot) => s.pastDays.map((d) => d[slot]!));
  const baselines = [s.pastBaselines];
  const call = () => EVENTFORECAST(history, baselines, [[12_000]], omitted, [[0.8]]).length;
  const ms = msPerCall(call);
  const floor = msPerCall(() => barePass(history));
  console.log(`EVENTFORECAST, 3 × 144 with an 80 % interval: ${fmt(ms)} per call, ${(ms / floor).toFixed(0)}× a bare pass (${fmt(floor)}) [target ≤ 2 ms: ${verdict(ms <= 2)}]`);
  return ms <= 2;
}

export async function run(): Promise<void> {
  (globalThis as Record<string, unknown>).CustomFunctions ??= {
    Error: class extends Error {},
    ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!" },
  };
  const weeks = forecastSample().recent;
  const year = drawCounts(normalIntensity({ weeks: 53, dailyTotal: 8_000, weeklyGrowth: 0.004 }), 7).slice(0, 52_560);
  const results = [benchForecast("8 weeks × 144 slots", weeks, 20), benchForecast("a year of 10-minute slots", year, 200), benchEvent()];
  console.log(results.every(Boolean) ? "All forecast targets met." : "Some forecast targets were missed (see above).");
  await Promise.resolve();
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
