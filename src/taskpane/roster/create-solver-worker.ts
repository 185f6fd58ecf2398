/**
 * The real worker (webpack bundles `solver.worker.ts` as its own chunk from this `new URL`). Only
 * the boot file imports this module: jest's CommonJS cannot parse `import.meta`.
 */
import type { SolverWorker } from "./solver-client";

export function createSolverWorker(): SolverWorker {
  return new Worker(new URL("./solver.worker.ts", import.meta.url)) as unknown as SolverWorker;
}
