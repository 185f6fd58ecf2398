/** Messages between the task pane and the roster solver's Web Worker (structured-clone plain data). */
import type { LocalizedText } from "../../i18n/locale";
import type { NamedRoster, PlanProgress, Scenario } from "../../core/roster/types";

export interface SolveRequest {
  type: "solve";
  scenario: Scenario;
  /** Stop at this relative MIP gap (default: proven optimal). */
  mipRelGap?: number;
  timeLimitSeconds?: number;
}

export type SolverMessage =
  | { type: "progress"; progress: PlanProgress }
  | { type: "done"; roster: NamedRoster }
  /** `text` for bad input (InputError) in both languages; `message` otherwise. */
  | { type: "error"; text?: LocalizedText; message: string };
