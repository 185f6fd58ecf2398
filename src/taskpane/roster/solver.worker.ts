/**
 * The roster solver's Web Worker: HiGHS (WebAssembly) runs here so Excel's UI never freezes; the
 * pane cancels by terminating the worker. The .wasm is emitted by webpack (asset/resource) and
 * located explicitly (docs/reference/highs.md).
 */
import loadHighs, { type Highs } from "highs";
import wasmUrl from "highs/runtime";
import { runSolveJob } from "./solve-roster-job";
import type { SolveRequest, SolverMessage } from "./solver-protocol";

let highs: Promise<Highs> | undefined;
/** After an unexpected failure the runtime may be corrupt (docs/reference/highs.md): load a fresh one next time. */
let suspect = false;

const scope = self as unknown as { onmessage: ((e: MessageEvent<SolveRequest>) => void) | null; postMessage: (m: SolverMessage) => void };

scope.onmessage = (event) => {
  if (!highs || suspect) {
    suspect = false;
    highs = loadHighs({ locateFile: (file: string) => (file.endsWith(".wasm") ? wasmUrl : file) });
  }
  void highs
    .then((runtime) =>
      runSolveJob(event.data, runtime, (m) => {
        if (m.type === "error" && !m.text) suspect = true;
        scope.postMessage(m);
      }),
    )
    .catch((e: unknown) => {
      highs = undefined;
      scope.postMessage({ type: "error", message: e instanceof Error ? e.message : String(e) });
    });
};
