/**
 * Runs one roster solve in a Web Worker: progress as it improves, the named roster at the end,
 * cancel = terminate the worker (HiGHS blocks its thread; nothing else stops it at once).
 */
import type { NamedRoster, PlanProgress } from "../../core/roster/types";
import { InputError } from "../../core/errors";
import type { SolveRequest, SolverMessage } from "./solver-protocol";

/** The part of `Worker` the client uses (tests pass an in-process fake). */
export interface SolverWorker {
  postMessage(message: SolveRequest): void;
  onmessage: ((event: MessageEvent<SolverMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type CreateSolverWorker = () => SolverWorker;

/** Rejection reason when the user cancels. */
export class SolveCancelled extends Error {
  override readonly name = "SolveCancelled";
}

export interface SolveHandle {
  result: Promise<NamedRoster>;
  cancel(): void;
}

export function startSolve(request: SolveRequest, createWorker: CreateSolverWorker, onProgress: (p: PlanProgress) => void): SolveHandle {
  const worker = createWorker();
  let settle: { resolve: (r: NamedRoster) => void; reject: (e: unknown) => void } | undefined;
  const result = new Promise<NamedRoster>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { roster: NamedRoster } | { error: unknown }) => {
    if (!settle) return;
    const s = settle;
    settle = undefined;
    worker.terminate(); // one worker per solve: its Wasm memory goes with it
    if ("roster" in outcome) s.resolve(outcome.roster);
    else s.reject(outcome.error);
  };
  worker.onmessage = (event) => {
    const m = event.data;
    if (m.type === "progress") onProgress(m.progress);
    else if (m.type === "done") finish({ roster: m.roster });
    else finish({ error: m.text ? new InputError(m.text) : new Error(m.message) });
  };
  worker.onerror = (event) => finish({ error: new Error(event.message || "worker failed") });
  worker.postMessage(request);
  return { result, cancel: () => finish({ error: new SolveCancelled("cancelled") }) };
}
