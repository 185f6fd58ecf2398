/**
 * Coaching forms written from the QA log: for one agent, or for every agent at escalation step
 * ≥ N in the period, the prep and record forms pre-filled with that agent's QA evidence (labelled
 * with the period and the date the values were taken) and the talking points that follow.
 * The log comes from the workbook (the pane reads it through the host) or the sample data.
 */
import { InputError } from "../../core/errors";
import type { CoachingEmployee } from "../../core/coaching/forms";
import { periodText } from "../../core/coaching/qa-evidence";
import type { QaCatalogue } from "../../core/qa/catalogue";
import type { EscalationStep } from "../../core/qa/escalation";
import { agentEvidence, agentsAtStep, type QaLogEntry, type QaPeriod } from "../../core/qa/qa-log";
import type { Agent } from "../../core/team/types";
import { format, LOCALES, type Locale } from "../../i18n/locale";
import { COACHING_STRINGS } from "../../i18n/coaching";
import type { SheetSpec } from "../spec";
import { buildCoachingSheets } from "./build-coaching-sheets";

export interface CoachingFromQaInput {
  catalogue: QaCatalogue;
  entries: readonly QaLogEntry[];
  period: QaPeriod;
  /** Excel serial date the values are taken (today in the pane). */
  takenOn: number;
  /** One agent by name; otherwise every agent at `minStep` or above. */
  agent?: string;
  /** @default 2 (coaching talk) */
  minStep?: EscalationStep;
  /** People to fill role, team, category and KPI from, when a name matches. */
  team?: readonly Agent[];
}

function qaFormError(key: "none" | "noneAtStep", input: CoachingFromQaInput, agent = ""): InputError {
  const text = {} as Record<Locale, string>;
  for (const l of LOCALES) text[l] = format(COACHING_STRINGS[l].qa[key], { agent, step: input.minStep ?? 2, period: periodText(input.period, l) });
  return new InputError(text);
}

/** The agents the forms are for, in log order (first review). */
export function coachingAgents(input: CoachingFromQaInput): string[] {
  const names = [...new Set(input.entries.map((e) => e.agent))];
  if (input.agent !== undefined) {
    const name = input.agent.trim();
    if (agentsAtStep(input.catalogue, input.entries, [name], input.period, 0).length === 0) throw qaFormError("none", input, name);
    return [name];
  }
  const agents = agentsAtStep(input.catalogue, input.entries, names, input.period, input.minStep ?? 2);
  if (agents.length === 0) throw qaFormError("noneAtStep", input);
  return agents;
}

/**
 * Prep and record forms for each selected agent, pre-filled from the QA log.
 *
 * @throws InputError when the named agent has no scored review in the period, or the period is invalid.
 */
export function buildCoachingFromQa(input: CoachingFromQaInput, locale: Locale): SheetSpec[] {
  return coachingAgents(input).flatMap((name, i) => {
    const known = input.team?.find((a) => a.name === name);
    const employee: CoachingEmployee = known ?? { id: `qa${i + 1}`, name };
    const evidence = agentEvidence(input.catalogue, input.entries, name, input.period);
    const qa = { evidence, catalogue: input.catalogue, takenOn: input.takenOn };
    const period = periodText(input.period, locale);
    return [...buildCoachingSheets({ form: "prep", agent: employee, period, qa }, locale), ...buildCoachingSheets({ form: "record", agent: employee, period, qa }, locale)];
  });
}
