import { double11Preset } from "../../core/roster";
import { InputError } from "../../core/errors";
import { inProcessWorker, type InProcessWorker } from "../test-support/in-process-worker";
import { SolveCancelled, startSolve, type SolverWorker } from "./solver-client";
import type { SolveRequest, SolverMessage } from "./solver-protocol";

describe("solver client", () => {
  it("delivers progress, then the roster, and terminates the worker", async () => {
    const worker = inProcessWorker();
    const progress: number[] = [];
    const solve = startSolve({ type: "solve", scenario: double11Preset("en-US") }, () => worker, (p) => progress.push(p.objective));
    const roster = await solve.result;
    expect(roster.plan.unmet).toEqual([]);
    expect(progress.length).toBeGreaterThan(0);
    // The last improving solution is the plan's objective (no unmet penalty left).
    expect(progress[progress.length - 1]).toBeCloseTo(roster.plan.cost, 6);
    expect(worker.terminated).toBe(true);
  });

  it("cancel terminates the worker at once and rejects with SolveCancelled", async () => {
    let worker: InProcessWorker | undefined;
    let release: () => void = () => undefined;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const solve = startSolve({ type: "solve", scenario: double11Preset("en-US") }, () => (worker = inProcessWorker(hold)), () => undefined);
    solve.cancel();
    release();
    await expect(solve.result).rejects.toBeInstanceOf(SolveCancelled);
    expect(worker?.terminated).toBe(true);
    await worker?.finished; // the job's late messages are dropped, not delivered
  });

  it("turns an error message with text back into an InputError", async () => {
    const fake: SolverWorker = {
      onmessage: null,
      onerror: null,
      postMessage(_r: SolveRequest) {
        const m: SolverMessage = { type: "error", text: { "en-US": "Too many options", "zh-CN": "选项过多" }, message: "Too many options" };
        setTimeout(() => fake.onmessage?.({ data: m } as MessageEvent<SolverMessage>), 0);
      },
      terminate() {},
    };
    const solve = startSolve({ type: "solve", scenario: double11Preset() }, () => fake, () => undefined);
    const error = await solve.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).text["zh-CN"]).toBe("选项过多");
  });
});
