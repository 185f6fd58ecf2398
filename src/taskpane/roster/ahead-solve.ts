/**
 * Solving ahead of the click. A fresh worker must fetch and compile HiGHS' 3.4 MB of Wasm, and
 * V8 then recompiles its hot code while the first solve runs — seconds the user waits for. So
 * when the roster panel opens, the pane starts a worker at once and solves the scenario its form
 * shows (the Double-11 preset by default). If the click asks for exactly that scenario, its
 * result (or the solve still running) is taken over; any other scenario cancels it and solves anew.
 */
import type { PlanProgress, Scenario } from "../../core/roster/types";
import { startSolve, type CreateSolverWorker, type SolveHandle } from "./solver-client";

export class AheadSolve {
  private handle: SolveHandle | undefined;
  private key = "";
  private latest: PlanProgress | undefined;
  private sink: ((p: PlanProgress) => void) | undefined;

  constructor(private readonly createWorker: CreateSolverWorker) {}

  /** Starts solving `scenario` now, in the background (replacing another ahead solve). */
  start(scenario: Scenario): void {
    const key = JSON.stringify(scenario);
    if (this.handle && key === this.key) return;
    this.cancel();
    this.key = key;
    this.latest = undefined;
    this.handle = startSolve({ type: "solve", scenario }, this.createWorker, (p) => {
      this.latest = p;
      this.sink?.(p);
    });
    // Nobody may ever take it: an unobserved failure must not surface as an unhandled rejection.
    this.handle.result.catch(() => undefined);
  }

  /** The solve of `scenario`: the one running ahead when it is the same scenario, else a new one. */
  take(scenario: Scenario, onProgress: (p: PlanProgress) => void): SolveHandle {
    const handle = this.handle;
    if (handle && JSON.stringify(scenario) === this.key) {
      this.handle = undefined;
      this.sink = onProgress;
      if (this.latest) onProgress(this.latest);
      return handle;
    }
    this.cancel();
    return startSolve({ type: "solve", scenario }, this.createWorker, onProgress);
  }

  /** Stops the solve running ahead (its worker is terminated). */
  cancel(): void {
    this.handle?.cancel();
    this.handle = undefined;
    this.sink = undefined;
  }
}
