/**
 * The slowest single cells a user can type: Erlang A with extreme patience (the state space is
 * bounded by the tail, not by patience) and PAYCURVE with a long curve over a long column.
 * Each is printed as a ratio to one plain AGENTS cell measured in the same run, and against the
 * absolute target of 50 ms per cell.
 *
 * Run with `npm run bench worst` or alone: `npx tsx bench/worst-cells.bench.ts`.
 */
import { ABANDONRATE, AGENTS, AGENTSA, SERVICELEVELA } from "../src/functions/staffing";
import { PAYCURVE } from "../src/functions/payouts";

let sink = 0;

// Outside Excel: the custom functions turn bad input into CustomFunctions.Error values.
const host = globalThis as { CustomFunctions?: unknown };
host.CustomFunctions ??= {
  Error: class {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  },
  ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!" },
};

/** Worst of a few calls, milliseconds (a user feels the slowest cell). */
function worstMs(work: () => unknown, calls = 5): number {
  let worst = 0;
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    let r: unknown;
    try {
      r = work();
    } catch (e) {
      r = e; // a single cell's #VALUE!/#NUM! is thrown, as Excel expects
    }
    worst = Math.max(worst, performance.now() - t0);
    sink += Array.isArray(r) ? r.length : 0;
  }
  return worst;
}

const cell = (x: number): number[][] => [[x]];

export function run(): void {
  const baseline = worstMs(() => AGENTS(cell(100), cell(180), cell(0.8), cell(20)));
  const cases: [string, () => unknown][] = [];
  for (const patience of [300, 1e6, 1e9, 1e12, 1e300, 5e-324]) {
    for (const agents of [5, 10, 11, 14]) {
      cases.push([`ABANDONRATE(${agents}, A = 10, patience ${patience})`, () => ABANDONRATE(cell(agents), cell(33.3333), cell(180), cell(patience))]);
      cases.push([`SERVICELEVELA(${agents}, A = 10, patience ${patience}, 20 s)`, () => SERVICELEVELA(cell(agents), cell(33.3333), cell(180), cell(patience), cell(20))]);
    }
    cases.push([`AGENTSA(A = 10, patience ${patience})`, () => AGENTSA(cell(33.3333), cell(180), cell(patience), cell(0.8), cell(20))]);
  }
  const points = Array.from({ length: 1000 }, (_v, i) => [i / 100]);
  const column = Array.from({ length: 10_000 }, (_v, i) => [i / 1000]);
  cases.push(["PAYCURVE(10 000 cells, 1 000 points)", () => PAYCURVE(column, points, points)]);

  let missed = 0;
  console.log(`baseline AGENTS cell: ${baseline.toFixed(3)} ms`);
  for (const [name, work] of cases) {
    const ms = worstMs(work);
    const perCell = name.startsWith("PAYCURVE") ? ms / 10_000 : ms;
    const ok = perCell <= 50;
    if (!ok) missed++;
    console.log(`${name}: ${ms.toFixed(2)} ms (${(ms / baseline).toFixed(1)}× AGENTS)${ok ? "" : "  TARGET MISSED (50 ms per cell)"}`);
  }
  console.log(missed === 0 ? "every worst cell within 50 ms: target met" : `${missed} cases above 50 ms per cell`);
  if (sink < 0) console.log(sink);
}

if (require.main === module) run();
