/**
 * What the solver worker does for one request, kept apart from the worker glue so it runs (and is
 * tested) in Node too: solve the shift plan with HiGHS, name the roster, post progress and the result.
 */
import type { Highs } from "highs";
import { isInputError } from "../../core/errors";
import { assignRoster } from "../../core/roster";
import { solveShiftPlan } from "../../core/roster/solve-plan";
import type { SolveRequest, SolverMessage } from "./solver-protocol";

export async function runSolveJob(request: SolveRequest, highs: Highs, post: (m: SolverMessage) => void): Promise<void> {
  try {
    const plan = await solveShiftPlan(request.scenario, {
      highs,
      onProgress: (progress) => post({ type: "progress", progress }),
      ...(request.mipRelGap !== undefined ? { mipRelGap: request.mipRelGap } : {}),
      ...(request.timeLimitSeconds !== undefined ? { timeLimitSeconds: request.timeLimitSeconds } : {}),
    });
    const roster = assignRoster(plan, request.scenario.people, request.scenario.rules);
    post({ type: "done", roster });
  } catch (e) {
    if (isInputError(e)) post({ type: "error", text: e.text, message: e.message });
    else post({ type: "error", message: e instanceof Error ? e.message : String(e) });
  }
}
