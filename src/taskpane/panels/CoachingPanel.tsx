/** Coaching forms: preparation, record and special coaching plan — for one employee or blank. */
import { Field, Input, Select } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { CoachingFormKind } from "../../core/coaching/forms";
import { SAMPLE_TEAM, type CoachingCategory } from "../../core/sample/team";
import { buildCoachingSheets } from "../../sheets/coaching/build-coaching-sheets";
import { PanelShell } from "../components/PanelShell";
import { usePane } from "../pane-context";
import { useChoices } from "../use-choices";
import { useGenerator, type BuiltSheets } from "../use-generator";

export const COACHING_DEFAULTS = { agent: "", category: "qualified", form: "all", period: "" };

const CATEGORIES: readonly CoachingCategory[] = ["newly-promoted", "core", "high-performer", "qualified", "low-performer"];
const FORMS: readonly (CoachingFormKind | "all")[] = ["all", "prep", "record", "plan"];
const MAX_PERIOD = 40;

export function CoachingPanel() {
  const { host, locale, text } = usePane();
  const t = text.coaching;
  const [choices, set, remember] = useChoices(host, "coaching", COACHING_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const agent = SAMPLE_TEAM.find((a) => a.id === choices.agent);
  const category = CATEGORIES.find((c) => c === choices.category) ?? "qualified";
  const form = FORMS.find((f) => f === choices.form) ?? "all";
  const periodError = choices.period.length > MAX_PERIOD ? `≤ ${MAX_PERIOD}` : undefined;

  const chooseAgent = (id: string) => {
    set("agent", id);
    const chosen = SAMPLE_TEAM.find((a) => a.id === id);
    if (chosen) set("category", chosen.coachingCategory); // the talking points follow the person's category
  };

  const build = useCallback((): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    if (periodError) return Promise.resolve(undefined);
    const period = choices.period.trim();
    const specs = buildCoachingSheets({ form, category, ...(agent ? { agent } : {}), ...(period ? { period } : {}) }, locale);
    return Promise.resolve({ specs });
  }, [agent, category, choices.period, form, locale, periodError]);
  const { state, run } = useGenerator(build, remember);
  const formLabel: Record<CoachingFormKind | "all", string> = { all: t.formAll, prep: t.formPrep, record: t.formRecord, plan: t.formPlan };

  return (
    <PanelShell id="coaching" intro={t.intro} state={state} onRun={() => void run()} fileName={`${text.tabs.coaching}.xlsx`}>
      <Field label={t.employee}>
        <Select value={agent?.id ?? ""} onChange={(_e, d) => chooseAgent(d.value)}>
          <option value="">{t.blank}</option>
          {SAMPLE_TEAM.map((a) => (
            <option key={a.id} value={a.id}>
              {`${a.name} · ${a.role[locale]}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.category}>
        <Select value={category} onChange={(_e, d) => set("category", d.value)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t.categories[c]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.form}>
        <Select value={form} onChange={(_e, d) => set("form", d.value)}>
          {FORMS.map((f) => (
            <option key={f} value={f}>
              {formLabel[f]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.period} {...(showErrors && periodError ? { validationState: "error", validationMessage: t.periodTooLong } : {})}>
        <Input value={choices.period} onChange={(_e, d) => set("period", d.value)} maxLength={MAX_PERIOD + 10} />
      </Field>
    </PanelShell>
  );
}
