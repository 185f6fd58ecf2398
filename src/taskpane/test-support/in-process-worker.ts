/**
 * A stand-in for the solver's Web Worker in jest: the same job (`runSolveJob`) with Node's HiGHS,
 * messages delivered asynchronously like a worker's, and terminate() silencing it.
 */
import loadHighs from "highs";
import { runSolveJob } from "../roster/solve-roster-job";
import type { SolverWorker } from "../roster/solver-client";
import type { SolveRequest, SolverMessage } from "../roster/solver-protocol";

export interface InProcessWorker extends SolverWorker {
  terminated: boolean;
  /** Resolves when the job has finished (or failed). */
  finished: Promise<void>;
}

/** `hold`: the job starts only when this promise resolves (lets a test cancel mid-"solve" deterministically). */
export function inProcessWorker(hold: Promise<void> = Promise.resolve()): InProcessWorker {
  let done: () => void = () => undefined;
  const worker: InProcessWorker = {
    onmessage: null,
    onerror: null,
    terminated: false,
    finished: new Promise<void>((resolve) => (done = resolve)),
    postMessage(request: SolveRequest) {
      void hold.then(() => {
        void loadHighs()
          .then((highs) =>
            runSolveJob(request, highs, (m: SolverMessage) => {
              if (!worker.terminated) worker.onmessage?.({ data: m } as MessageEvent<SolverMessage>);
            }),
          )
          .finally(done);
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}
