/**
 * Staffing benchmarks. Every figure is a ratio to a baseline measured in the same run,
 * so it compares across machines; the two absolute targets are printed with the time they took.
 *
 * - AGENTS at A = 100, 1 000, 10 000 Erlangs against (a) the floor: one bare pass of the Erlang B
 *   recursion up to the answer, and (b) a naive search recomputing Erlang C from scratch for every
 *   candidate above A. Target: within 3× the floor at A = 10 000.
 * - AGENTSA at A = 3 000 Erlangs. Target: ≤ 50 ms.
 * - A week of 7 × 144 ten-minute slots through the AGENTS custom function. Target: ≤ 50 ms.
 *
 * Run with `npm run bench staffing` or alone: `npx tsx bench/staffing.bench.ts`.
 */
import { agentsForServiceLevel, agentsForServiceLevelA, erlangB, serviceLevel } from "../src/core/staffing";
import { AGENTS } from "../src/functions/staffing";
import { fmt, msPerCall, verdict } from "./timing";

const AHT_SECONDS = 180;
const ANSWER_SECONDS = 20;
const TARGET = 0.8;


/** The floor: B(1) … B(N) and nothing else (the library's own Erlang B loop). */
function bareErlangBPass(trafficErlangs: number, agents: number): number {
  return erlangB(agents, trafficErlangs);
}

/** What a peer does: for each candidate, Erlang C (and its B recursion) from scratch. */
function naiveAgents(trafficErlangs: number): number {
  for (let n = Math.floor(trafficErlangs) + 1; ; n++) {
    if (serviceLevel(n, trafficErlangs, AHT_SECONDS, ANSWER_SECONDS) >= TARGET) return n;
  }
}


function goal(trafficErlangs: number) {
  return { trafficErlangs, ahtSeconds: AHT_SECONDS, targetServiceLevel: TARGET, answerTimeSeconds: ANSWER_SECONDS };
}

function benchAgents(): boolean {
  let met = true;
  console.log(`AGENTS (Erlang C, ${TARGET * 100} % in ${ANSWER_SECONDS} s, AHT ${AHT_SECONDS} s) vs the floor and a naive search`);
  for (const a of [100, 1_000, 10_000]) {
    const n = agentsForServiceLevel(goal(a));
    if (naiveAgents(a) !== n) throw new Error(`naive search disagrees at A = ${a}`);
    const search = msPerCall(() => agentsForServiceLevel(goal(a)));
    const floor = msPerCall(() => bareErlangBPass(a, n));
    const naive = msPerCall(() => naiveAgents(a), 60, 3);
    const ratio = search / floor;
    const candidates = n - Math.floor(a);
    let line = `  A = ${String(a).padStart(6)}: N = ${n}; search ${fmt(search)}, floor ${fmt(floor)} → ${ratio.toFixed(2)}× the floor; naive (${candidates} candidates from floor(A) + 1) ${fmt(naive)} → ${(naive / search).toFixed(1)}× the search`;
    if (a === 10_000) {
      line += ` [target ≤ 3× the floor: ${verdict(ratio <= 3)}]`;
      met &&= ratio <= 3;
    }
    console.log(line);
  }
  return met;
}

function benchAgentsA(): boolean {
  const a = 3_000;
  const goalA = { ...goal(a), patienceSeconds: 120 };
  const n = agentsForServiceLevelA(goalA);
  const ms = msPerCall(() => agentsForServiceLevelA(goalA), 200, 5);
  const erlangC = msPerCall(() => agentsForServiceLevel(goal(a)));
  console.log(
    `AGENTSA at A = ${a} (patience ${goalA.patienceSeconds} s): N = ${n} (Erlang C: ${agentsForServiceLevel(goal(a))}); ${fmt(ms)} per call, ${(ms / erlangC).toFixed(0)}× AGENTS at the same A [target ≤ 50 ms: ${verdict(ms <= 50)}]`,
  );
  return ms <= 50;
}

function benchWeek(): boolean {
  (globalThis as Record<string, unknown>).CustomFunctions ??= {
    Error: class extends Error {},
    ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!" },
  };
  // A Double-11 style week: quiet nights, peaks at 10:00 and 21:00, growing towards the 11th.
  const volumes: number[][] = [];
  for (let day = 0; day < 7; day++) {
    for (let slot = 0; slot < 144; slot++) {
      const hour = slot / 6;
      const shape = 0.1 + Math.exp(-(((hour - 10) / 2) ** 2)) + 1.3 * Math.exp(-(((hour - 21) / 1.5) ** 2));
      volumes.push([Math.round(400 * (1 + day) * shape)]);
    }
  }
  const omitted = null as never; // as Excel passes omitted optional arguments
  const week = () => AGENTS(volumes, [[AHT_SECONDS]], [[TARGET]], [[ANSWER_SECONDS]], omitted, omitted, omitted);
  const ms = msPerCall(() => week().length, 200, 5);
  const answers = week().map((r) => Number(r[0]));
  const floor = msPerCall(() => volumes.reduce((s, [v], i) => s + bareErlangBPass((v! * AHT_SECONDS) / 600, answers[i]!), 0));
  console.log(
    `Week of 7 × 144 slots through AGENTS (peak ${Math.max(...answers)} agents): ${fmt(ms)} per week, ${(ms / floor).toFixed(2)}× the bare B passes [target ≤ 50 ms: ${verdict(ms <= 50)}]`,
  );
  return ms <= 50;
}

export async function run(): Promise<void> {
  const results = [benchAgents(), benchAgentsA(), benchWeek()];
  console.log(results.every(Boolean) ? "All staffing targets met." : "Some staffing targets were missed (see above).");
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
