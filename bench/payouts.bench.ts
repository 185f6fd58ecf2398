/**
 * Payout benchmarks: what exact money costs. Each figure is a ratio to a baseline
 * measured in the same run, so it compares across machines.
 *
 * - TIERED over a column of 10 000 amounts (exact BigInt decimals, via the custom function) against
 *   the float loop a spreadsheet formula does. Target: a 10 000-row column recalculates in ≤ 100 ms.
 * - RANKBONUS over 10 000 values against a bare sort of the same values (the floor of any ranking).
 *   Target: ≤ 10× the sort.
 * - SPLIT of a pool over 10 000 weights against the same bare sort. Target: ≤ 20× the sort.
 *
 * Run with `npm run bench payouts` or alone: `npx tsx bench/payouts.bench.ts`.
 */
import { RANKBONUS, SPLIT, TIERED } from "../src/functions/payouts";

const N = 10_000;
const BOUNDS = [[0], [50_000], [100_000], [150_000]];
const RATES = [[0.01], [0.015], [0.02], [0.025]];

/** Deterministic pseudo-random amounts (no Math.random: the run is repeatable). */
function amounts(n: number, scale: number): number[] {
  let x = 12_345;
  return Array.from({ length: n }, () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.round((x / 2_147_483_648) * scale * 100) / 100;
  });
}

let sink = 0;

/** Median milliseconds of `work` over `runs` runs after one warm-up. */
function medianMs(work: () => unknown, runs = 7): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const out = work();
    times.push(performance.now() - t0);
    sink += Array.isArray(out) ? out.length : 0;
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** What a sheet does: the differential-rate SUMPRODUCT in floats, no exact rounding. */
function floatTiered(values: readonly number[]): number[] {
  const steps = [0.01, 0.005, 0.005, 0.005];
  const lows = [0, 50_000, 100_000, 150_000];
  return values.map((v) => Math.round(lows.reduce((s, lo, i) => s + (v > lo ? (v - lo) * steps[i]! : 0), 0) * 100) / 100);
}

const verdict = (ok: boolean): string => (ok ? "target met" : "TARGET MISSED");

export async function run(): Promise<boolean> {
  const sales = amounts(N, 300_000);
  const column = sales.map((v) => [v]);
  const sortFloor = medianMs(() => [...sales].sort((a, b) => b - a));

  const tiered = medianMs(() => TIERED(column, BOUNDS, RATES, null as never, null as never, null as never));
  const float = medianMs(() => floatTiered(sales));
  const tieredOk = tiered <= 100;
  console.log(`TIERED, ${N} amounts: exact ${tiered.toFixed(1)} ms, float loop ${float.toFixed(2)} ms → ${(tiered / float).toFixed(0)}× the float loop [target ≤ 100 ms: ${verdict(tieredOk)}]`);

  const scores = sales.map((v) => [Math.round(v / 1_000)]); // many ties
  const rank = medianMs(() => RANKBONUS(scores, [[1_000], [600], [400], [200], [200]], null as never));
  const rankOk = rank <= 10 * sortFloor;
  console.log(`RANKBONUS, ${N} values: ${rank.toFixed(2)} ms, bare sort ${sortFloor.toFixed(2)} ms → ${(rank / sortFloor).toFixed(1)}× the sort [target ≤ 10×: ${verdict(rankOk)}]`);

  const split = medianMs(() => SPLIT([[1_000_000]], column, null as never));
  const splitOk = split <= 20 * sortFloor;
  console.log(`SPLIT, ${N} weights: ${split.toFixed(2)} ms, bare sort ${sortFloor.toFixed(2)} ms → ${(split / sortFloor).toFixed(1)}× the sort [target ≤ 20×: ${verdict(splitOk)}]`);
  if (sink < 0) console.log(sink);
  return tieredOk && rankOk && splitOk;
}

if (require.main === module) void run();
