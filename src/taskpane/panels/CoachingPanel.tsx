/**
 * Coaching forms: preparation, record and special coaching plan — blank, for a sample-team agent,
 * or for an employee whose name the manager types (or picks from a cell); such an employee has no
 * figures here, so the KPI snapshot stays blank input cells. "From the QA log": prep and record
 * forms pre-filled with the QA evidence of the month, for the chosen employee or for every agent
 * at escalation step ≥ N (the log is read from the workbook; the preview uses the sample month).
 */
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { CoachingEmployee, CoachingFormKind } from "../../core/coaching/forms";
import { SAMPLE_TEAM, type CoachingCategory } from "../../core/sample/team";
import { buildCoachingSheets } from "../../sheets/coaching/build-coaching-sheets";
import { buildCoachingFromQa } from "../../sheets/coaching/from-qa";
import type { QaChannel } from "../../core/qa/catalogue";
import { defaultCatalogue } from "../../core/qa/default-catalogue";
import type { EscalationStep } from "../../core/qa/escalation";
import { toSerialDate } from "../../core/serial-date";
import { InputError } from "../../core/errors";
import { format } from "../../i18n/locale";
import { monthPeriod, qaLogSheetName, readQaLog } from "../qa-log-source";
import { PanelShell } from "../components/PanelShell";
import { usePane } from "../pane-context";
import { unreadableRange } from "../read-range";
import { useChoices } from "../use-choices";
import { useGenerator, type BuiltSheets } from "../use-generator";

/** `agent`: "" blank form, TYPED for a typed name, else a sample-team id. */
export const COACHING_DEFAULTS = { agent: "", name: "", role: "", category: "qualified", form: "all", period: "", source: "manual", qaChannel: "pre-sale", qaMonth: "2026-10", qaStep: "2" };
export const TYPED = "typed";

const CATEGORIES: readonly CoachingCategory[] = ["newly-promoted", "core", "high-performer", "qualified", "low-performer"];
const FORMS: readonly (CoachingFormKind | "all")[] = ["all", "prep", "record", "plan"];
const CHANNELS: readonly QaChannel[] = ["pre-sale", "after-sale"];
const STEPS: readonly EscalationStep[] = [1, 2, 3];

/** Today as an Excel serial date (the date the QA values are taken). */
function today(): number {
  const d = new Date();
  return toSerialDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
const MAX_PERIOD = 40;
const MAX_NAME = 40;

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  input: { flexGrow: 1, minWidth: 0 },
});

/** The employee a typed name and role stand for: no KPI figures, so the snapshot stays blank inputs. */
export function typedEmployee(name: string, role: string): CoachingEmployee {
  return { id: TYPED, name, ...(role ? { role: { "en-US": role, "zh-CN": role } } : {}) };
}

export function CoachingPanel() {
  const { host, locale, text } = usePane();
  const t = text.coaching;
  const [choices, set, remember] = useChoices(host, "coaching", COACHING_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const [selectionError, setSelectionError] = useState<string>();
  const styles = useStyles();
  const typed = choices.agent === TYPED;
  const name = choices.name.trim();
  const role = choices.role.trim();
  const nameError = !typed ? undefined : name === "" ? t.nameRequired : name.length > MAX_NAME ? t.nameTooLong : undefined;
  const roleError = typed && role.length > MAX_NAME ? t.roleTooLong : undefined;
  const agent: CoachingEmployee | undefined = typed ? typedEmployee(name, role) : SAMPLE_TEAM.find((a) => a.id === choices.agent);
  const category = CATEGORIES.find((c) => c === choices.category) ?? "qualified";
  const form = FORMS.find((f) => f === choices.form) ?? "all";
  const periodError = choices.period.length > MAX_PERIOD ? `≤ ${MAX_PERIOD}` : undefined;

  const chooseAgent = (id: string) => {
    set("agent", id);
    const chosen = SAMPLE_TEAM.find((a) => a.id === id);
    if (chosen) set("category", chosen.coachingCategory); // the talking points follow the person's category
  };

  const nameFromSelection = async () => {
    try {
      const cell = (await host.readSelection()).values[0]?.[0];
      const picked = typeof cell === "string" || typeof cell === "number" ? String(cell).trim() : "";
      setSelectionError(picked ? undefined : t.nameNotInSelection);
      if (picked) set("name", picked);
    } catch (e) {
      setSelectionError(unreadableRange(e, text));
    }
  };
  const nameMessage = selectionError ?? (showErrors ? nameError : undefined);

  const fromQa = choices.source === "qa";
  const qaChannel = CHANNELS.find((c) => c === choices.qaChannel) ?? "pre-sale";
  const qaPeriod = monthPeriod(choices.qaMonth);
  const qaStep = STEPS.find((n) => String(n) === choices.qaStep) ?? 2;

  const buildFromQa = useCallback(async (): Promise<BuiltSheets | undefined> => {
    if (!qaPeriod || nameError) return undefined;
    let entries;
    try {
      entries = await readQaLog(host, qaChannel, locale);
    } catch (e) {
      const sheet = qaLogSheetName(qaChannel, locale);
      const message = /ItemNotFound|noSheet/.test(JSON.stringify(e) + String(e)) ? format(t.qaNoLog, { sheet }) : unreadableRange(e, text, sheet);
      throw new InputError({ "en-US": message, "zh-CN": message }); // already in the pane's language
    }
    const input = { catalogue: defaultCatalogue(qaChannel), entries, period: qaPeriod, takenOn: today(), team: SAMPLE_TEAM, minStep: qaStep };
    return { specs: buildCoachingFromQa(agent ? { ...input, agent: agent.name } : input, locale) };
  }, [agent, host, locale, nameError, qaChannel, qaPeriod, qaStep, t.qaNoLog, text]);

  const build = useCallback((): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    if (fromQa) return buildFromQa();
    if (periodError || nameError || roleError) return Promise.resolve(undefined);
    const period = choices.period.trim();
    const specs = buildCoachingSheets({ form, category, ...(agent ? { agent } : {}), ...(period ? { period } : {}) }, locale);
    return Promise.resolve({ specs });
  }, [agent, buildFromQa, category, choices.period, form, fromQa, locale, nameError, periodError, roleError]);
  const { state, run } = useGenerator(build, remember);
  const formLabel: Record<CoachingFormKind | "all", string> = { all: t.formAll, prep: t.formPrep, record: t.formRecord, plan: t.formPlan };

  return (
    <PanelShell id="coaching" intro={t.intro} state={state} onRun={() => void run()} fileName={`${text.tabs.coaching}.xlsx`}>
      <Field label={t.employee}>
        <Select value={agent?.id ?? ""} onChange={(_e, d) => chooseAgent(d.value)}>
          <option value="">{t.blank}</option>
          <option value={TYPED}>{t.typed}</option>
          <optgroup label={text.common.sampleTeam}>
            {SAMPLE_TEAM.map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.name} · ${a.role[locale]}`}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      {typed && (
        <>
          <Field label={t.name} hint={t.nameHint} {...(nameMessage ? { validationState: "error", validationMessage: nameMessage } : {})}>
            {(fieldProps) => (
              <div className={styles.row}>
                <Input {...fieldProps} className={styles.input} value={choices.name} onChange={(_e, d) => {
                    setSelectionError(undefined);
                    set("name", d.value);
                  }} maxLength={MAX_NAME + 10} />
                <Button onClick={() => void nameFromSelection()}>{text.common.useSelection}</Button>
              </div>
            )}
          </Field>
          <Field label={t.role} {...(showErrors && roleError ? { validationState: "error", validationMessage: roleError } : {})}>
            <Input value={choices.role} onChange={(_e, d) => set("role", d.value)} maxLength={MAX_NAME + 10} />
          </Field>
        </>
      )}
      <Field label={t.source}>
        <Select value={fromQa ? "qa" : "manual"} onChange={(_e, d) => set("source", d.value)}>
          <option value="manual">{t.sourceManual}</option>
          <option value="qa">{t.sourceQa}</option>
        </Select>
      </Field>
      {fromQa && (
        <>
          <Field label={t.qaChannel}>
            <Select value={qaChannel} onChange={(_e, d) => set("qaChannel", d.value)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {qaLogSheetName(c, locale)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.qaMonth} {...(showErrors && !qaPeriod ? { validationState: "error", validationMessage: t.qaMonthError } : {})}>
            <Input value={choices.qaMonth} onChange={(_e, d) => set("qaMonth", d.value)} maxLength={10} />
          </Field>
          {!agent && (
            <Field label={t.qaWho} hint={t.qaAgentHint}>
              <Select value={String(qaStep)} onChange={(_e, d) => set("qaStep", d.value)}>
                {STEPS.map((n) => (
                  <option key={n} value={String(n)}>
                    {format(t.qaAtStep, { step: n })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </>
      )}
      {!fromQa && (
        <>
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
        </>
      )}
      {!fromQa && (
      <Field label={t.period} {...(showErrors && periodError ? { validationState: "error", validationMessage: t.periodTooLong } : {})}>
        <Input value={choices.period} onChange={(_e, d) => set("period", d.value)} maxLength={MAX_PERIOD + 10} />
      </Field>
      )}
    </PanelShell>
  );
}
