/**
 * The linked peak plan for a large team. `npm run bench peak`, or alone: `npx tsx bench/peak-plan.bench.ts`.
 *
 * A 300-person team (`test/support/large-team.ts`) with the sample shop's history at ten times its
 * volume (452 people needed on the main day, 209 new hires), and the sample shop itself (30
 * people) as the baseline of the same run. Each is measured in a fresh process run with
 * `--liftoff-only`, as the roster CLI runs HiGHS (docs/peak-plan.md, Large teams):
 * 1. the roster solve of each event day (HiGHS on a fresh runtime) and the naming of its shifts —
 *    target ≤ 30 s a day;
 * 2. the whole workbook: solving, building the sheets and writing the .xlsx with cached values —
 *    target ≤ 60 s; the file's size and the process's peak memory.
 * Every figure is printed with its ratio to the sample's and to `node -e 0` start-up.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..");

/** What the child process measures. */
interface PlanFigures {
  people: number;
  hires: number;
  days: { solveMs: number; assignMs: number; shifts: number; status: string; wasmMiB: number; shortSlots: number }[];
  prepareMs: number;
  buildMs: number;
  writeMs: number;
  bytes: number;
  maxRssMiB: number;
}

/** Volume factor and team size of the large case; the sample is factor 1, its own team. */
const LARGE = { scale: 10, size: 300 };

async function measure(scale: number, size: number): Promise<PlanFigures> {
  const [{ default: loadHighs }, { computePeakPlan }, { samplePeakPlanInput }, { eventDayScenario, totalHires }, roster, sheets, { writeXlsx }, team] =
    await Promise.all([
      import("highs"),
      import("../src/core/peak"),
      import("../src/sheets/peak/sample"),
      import("../src/sheets/peak/rosters"),
      import("../src/core/roster"),
      import("../src/sheets/peak/build-plan"),
      import("../src/xlsx"),
      import("../test/support/large-team"),
    ]);
  const { SAMPLE_TEAM } = await import("../src/core/sample/team");
  const sample = scale === 1 && size === SAMPLE_TEAM.length;
  const plan = sample ? samplePeakPlanInput() : team.largeTeamPlanInput(size, scale);
  const people = sample ? SAMPLE_TEAM : team.largeTeam(size);
  const numbers = computePeakPlan(plan);
  const hires = totalHires(numbers);

  // 1. Each event day on its own: the solve on a fresh runtime, then the naming.
  const days: PlanFigures["days"] = [];
  for (let d = 0; d < plan.calendar.eventDays.length; d++) {
    const scenario = eventDayScenario(plan.calendar, numbers, d, people, hires, "zh-CN");
    const highs = await loadHighs();
    let t = performance.now();
    const solved = await roster.solveShiftPlan(scenario, { highs });
    const solveMs = performance.now() - t;
    t = performance.now();
    const named = roster.assignRoster(solved, scenario.people, scenario.rules);
    days.push({
      solveMs,
      assignMs: performance.now() - t,
      shifts: named.shifts.length,
      status: solved.status,
      wasmMiB: highs.memoryBytes / 2 ** 20,
      shortSlots: roster.rosterVerdict(named).shortSlots.length,
    });
  }

  // 2. The workbook as the pane and the CLI make it.
  let t = performance.now();
  const input = await sheets.preparePeakWorkbook("双11 2026", plan, people, sample, "zh-CN");
  const prepareMs = performance.now() - t;
  t = performance.now();
  const specs = sheets.buildPeakPlanSheets(input, "zh-CN");
  const buildMs = performance.now() - t;
  t = performance.now();
  const bytes = (await writeXlsx(specs)).length;
  const writeMs = performance.now() - t;
  return { people: people.length, hires, days, prepareMs, buildMs, writeMs, bytes, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
}

/** Runs {@link measure} in a fresh `node --liftoff-only` process. */
function measureInChild(scale: number, size: number): PlanFigures {
  const out = execFileSync(process.execPath, ["--liftoff-only", "--import", "tsx", __filename, "--child", String(scale), String(size)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as PlanFigures;
}

function nodeStartMs(): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    execFileSync(process.execPath, ["-e", "0"]);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2]!;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function line(label: string, ms: number, targetMs: number, sampleMs: number, startMs: number, extra: string): void {
  const verdict = ms <= targetMs ? "ok" : "OVER TARGET";
  console.log(
    `${label.padEnd(40)} ${s(ms).padStart(8)}  target ${s(targetMs)} (×${(ms / targetMs).toFixed(2)}, ${verdict})  ×${(ms / sampleMs).toFixed(1)} the sample  ×${(ms / startMs).toFixed(0)} node start-up  ${extra}`,
  );
}

export async function run(): Promise<void> {
  const startMs = nodeStartMs();
  const small = measureInChild(1, 30);
  const large = measureInChild(LARGE.scale, LARGE.size);
  console.log(`baseline: node -e 0 start-up ${startMs.toFixed(0)} ms; the sample shop: ${small.people} people + ${small.hires} hires, the large team: ${large.people} + ${large.hires}`);
  large.days.forEach((day, d) => {
    const base = small.days[d]!;
    line(
      `${large.people} people, event day ${d + 1}: solve`,
      day.solveMs,
      30_000,
      base.solveMs,
      startMs,
      `${day.status}, ${day.shifts} shifts, Wasm ${day.wasmMiB.toFixed(0)} MiB; naming ${s(day.assignMs)} (×${(day.assignMs / base.assignMs).toFixed(1)}); short slots after breaks ${day.shortSlots} (sample ${base.shortSlots})`,
    );
  });
  const total = (f: PlanFigures) => f.prepareMs + f.buildMs + f.writeMs;
  line(
    `${large.people} people: whole workbook`,
    total(large),
    60_000,
    total(small),
    startMs,
    `solve + name ${s(large.prepareMs)}, sheets ${s(large.buildMs)}, .xlsx ${s(large.writeMs)} (sample ${s(small.prepareMs)}, ${s(small.buildMs)}, ${s(small.writeMs)})`,
  );
  console.log(
    `${`${large.people} people: file and memory`.padEnd(40)} ${(large.bytes / 2 ** 20).toFixed(1)} MiB .xlsx (×${(large.bytes / small.bytes).toFixed(1)} the sample), peak RSS ${large.maxRssMiB.toFixed(0)} MiB (×${(large.maxRssMiB / small.maxRssMiB).toFixed(1)})`,
  );
}

if (require.main === module) {
  const child = process.argv.indexOf("--child");
  const task =
    child >= 0
      ? measure(Number(process.argv[child + 1]), Number(process.argv[child + 2])).then((f) => process.stdout.write(`${JSON.stringify(f)}\n`))
      : run();
  task.catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
