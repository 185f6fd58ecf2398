/**
 * Roster benchmarks. `npm run bench roster`, or alone: `npx tsx bench/roster.bench.ts`.
 *
 * 1. Week without meals (7 × 144 slots, 8-hour shifts every 30 min): the command line end to end,
 *    start-up included, on a prebuilt JS bundle (esbuild) — target ≤ 1 s; tsx start-up shown too.
 * 2. The same week with a solver-placed 30-minute meal, 1 % gap: in process on a fresh HiGHS runtime
 *    (as the task pane's worker runs it) and through the CLI; target ≤ 5 s and ≤ 400 MB of Wasm memory.
 * 3. The Double-11 day with meals, cold (fresh process through the CLI; fresh runtime in process):
 *    target ≤ 1.5 s.
 * 4. Named roster for 600 people over a week: target ≤ 5 s.
 * 5. Cost saved by the optimal plan against the greedy plan, same weeks.
 * Each time is printed with its ratio to the target and to a baseline measured in this run
 * (`node -e 0` start-up), so figures compare across machines.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import loadHighs from "highs";
import { assignRoster } from "../src/core/roster/assign-roster";
import { double11Preset } from "../src/core/roster/double11";
import { greedyShiftPlan } from "../src/core/roster/greedy-plan";
import { sampleWeekScenario } from "../src/core/roster/sample-week";
import { scenarioToJson } from "../src/core/roster/scenario-json";
import { solveShiftPlan } from "../src/core/roster/solve-plan";
import type { Person } from "../src/core/roster/types";

const root = join(__dirname, "..");

function ms(from: number): number {
  return performance.now() - from;
}

function line(label: string, valueMs: number, targetMs: number, baselineMs: number, extra = ""): void {
  const verdict = valueMs <= targetMs ? "ok" : "OVER TARGET";
  console.log(
    `${label.padEnd(46)} ${(valueMs / 1000).toFixed(2).padStart(6)} s  target ${(targetMs / 1000).toFixed(1)} s (×${(valueMs / targetMs).toFixed(2)}, ${verdict})  ×${(valueMs / baselineMs).toFixed(1)} node start-up${extra ? "  " + extra : ""}`,
  );
}

/** Wall time of a child process, milliseconds (median of `runs`). */
function timeSpawn(cmd: string, args: string[], runs: number, env: NodeJS.ProcessEnv = process.env): { ms: number; stdout: string } {
  const times: number[] = [];
  let stdout = "";
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    stdout = execFileSync(cmd, args, { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    times.push(ms(t));
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, stdout };
}

/** Bundles the CLI into one CommonJS file (highs and exceljs stay external packages). */
async function buildCli(dir: string): Promise<string> {
  const esbuild = await import("esbuild");
  const outfile = join(dir, "roster-cli.cjs");
  await esbuild.build({
    entryPoints: [join(root, "src/cli/roster.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["highs", "exceljs"],
    outfile,
    logLevel: "error",
  });
  return outfile;
}

/** 600 people like the sample team's mix: 2/3 full-time (44 h, nights), 1/3 temporary (36 h, a weekday off). */
function people600(): Person[] {
  return Array.from({ length: 600 }, (_, i) => {
    const temporary = i % 3 === 2;
    return {
      id: `B${i}`,
      name: `Agent ${i + 1}`,
      employment: temporary ? "temporary" : "full-time",
      skill: i % 4 === 3 ? "after-sale" : "pre-sale",
      maxHoursPerWeek: temporary ? 36 : 44,
      daysOff: temporary ? [i % 7] : [],
      nights: !temporary || i % 2 === 0,
    };
  });
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "roster-bench-"));
  const env = { ...process.env, NODE_PATH: join(root, "node_modules") };
  const baseline = timeSpawn(process.execPath, ["-e", "0"], 5).ms;
  const highsFloor = timeSpawn(process.execPath, ["-e", "require('highs')().then(() => 0)"], 3, env).ms;
  console.log(`baseline: node -e 0 start-up ${baseline.toFixed(0)} ms; node + loading HiGHS' Wasm ${highsFloor.toFixed(0)} ms (the floor of any CLI solve)`);

  // 1. Week without meals through the CLI.
  const weekFile = join(dir, "week.json");
  writeFileSync(weekFile, JSON.stringify(scenarioToJson(sampleWeekScenario({ meals: false }))));
  const cli = await buildCli(dir);
  const built = timeSpawn(process.execPath, [cli, "--in", weekFile, "--json"], 3, env);
  const summary = JSON.parse(built.stdout) as { status: string; cost: number; unmet: unknown[] };
  line("week, no meals: CLI (node, built bundle)", built.ms, 1000, baseline, `status ${summary.status}, cost ${summary.cost}, unmet ${summary.unmet.length}`);
  const viaTsx = timeSpawn(join(root, "node_modules/.bin/tsx"), ["src/cli/roster.ts", "--in", weekFile, "--json"], 1, env);
  line("week, no meals: CLI via tsx (npm run roster)", viaTsx.ms, 1000, baseline, "tsx compiles TypeScript at start-up");

  // 2. Week with meals, 1 % gap, fresh runtime.
  const weekMeals = sampleWeekScenario({ meals: true });
  const highsMeals = await loadHighs();
  let t = performance.now();
  const mealsPlan = await solveShiftPlan(weekMeals, { highs: highsMeals, mipRelGap: 0.01 });
  const mealsMs = ms(t);
  const mealsMb = highsMeals.memoryBytes / 2 ** 20;
  line(
    "week, 30-min meals: solve to 1 % (fresh runtime)",
    mealsMs,
    5000,
    baseline,
    `status ${mealsPlan.status}, gap ${(mealsPlan.gap * 100).toFixed(2)} %, cost ${mealsPlan.cost}, Wasm memory ${mealsMb.toFixed(0)} MiB (target ≤ 400 MB${mealsMb * 2 ** 20 <= 400e6 ? ", ok" : ", OVER"})`,
  );

  const weekMealsFile = join(dir, "week-meals.json");
  writeFileSync(weekMealsFile, JSON.stringify(scenarioToJson(weekMeals)));
  const mealsCli = timeSpawn(process.execPath, [cli, "--in", weekMealsFile, "--json", "--gap", "1"], 1, env);
  const mealsCliSummary = JSON.parse(mealsCli.stdout) as { status: string; cost: number; gap: number };
  line("week, 30-min meals: CLI --gap 1 (built bundle)", mealsCli.ms, 5000, baseline, `status ${mealsCliSummary.status}, gap ${(mealsCliSummary.gap * 100).toFixed(2)} %, cost ${mealsCliSummary.cost}`);

  // 3. Double-11 day, cold.
  const d11Cli = timeSpawn(process.execPath, [cli, "--json"], 3, env);
  line("Double-11 day with meals: CLI cold (process)", d11Cli.ms, 1500, baseline, `status ${(JSON.parse(d11Cli.stdout) as { status: string }).status}`);
  const d11 = double11Preset();
  t = performance.now();
  const d11Plan = await solveShiftPlan(d11, { highs: await loadHighs() });
  line("Double-11 day with meals: load + solve in process", ms(t), 1500, baseline, `status ${d11Plan.status}, cost ${d11Plan.cost}`);

  // 4. Named roster, 600 people, a week nine times the sample's demand (≈ 2 600 shifts), with two short breaks.
  const big = sampleWeekScenario({ meals: true, scale: 9, people: people600() });
  big.shifts[0]!.breaks = [
    { minutes: 10, earliestStartMinutes: 90, latestStartMinutes: 150 },
    { minutes: 10, earliestStartMinutes: 360, latestStartMinutes: 420 },
  ];
  const bigPlan = await solveShiftPlan(big, { highs: await loadHighs(), mipRelGap: 0.01 });
  t = performance.now();
  const roster = assignRoster(bigPlan, big.people, big.rules);
  const unfilled = roster.unfilled.reduce((n, u) => n + u.count, 0);
  const nights = roster.ledger.filter((l, i) => big.people[i]?.nights).map((l) => l.nights);
  line(
    "named roster: 600 people, 7 days",
    ms(t),
    5000,
    baseline,
    `${roster.shifts.length} shifts named, ${unfilled} unfilled, nights per night-capable person ${Math.min(...nights)}–${Math.max(...nights)} (mean ${(nights.reduce((a, b) => a + b, 0) / nights.length).toFixed(2)}), breaks not placed ${roster.breaksNotPlaced}`,
  );

  // 5. Cost saved against the greedy plan.
  for (const [label, scenario, optimal] of [
    ["week, no meals", sampleWeekScenario({ meals: false }), summary.cost],
    ["week, 30-min meals", weekMeals, mealsPlan.cost],
    ["Double-11 day", d11, d11Plan.cost],
  ] as const) {
    const greedy = greedyShiftPlan(scenario);
    const greedyUnmet = greedy.unmet.reduce((n, u) => n + u.missing, 0);
    console.log(
      `cost saved, ${label.padEnd(20)} greedy ${greedy.cost.toFixed(1)} → optimal ${optimal.toFixed(1)}: ${(greedy.cost - optimal).toFixed(1)} (${(((greedy.cost - optimal) / greedy.cost) * 100).toFixed(1)} %)${greedyUnmet ? `, greedy leaves ${greedyUnmet} person-slots unmet` : ""}`,
    );
  }
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
