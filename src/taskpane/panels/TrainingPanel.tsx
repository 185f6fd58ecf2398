/**
 * Training: the sample team's temporary staff with sample results, or a blank plan for a list of
 * names (class cap, first training day, event day, pass mark, weeks to probation). Bad choices (a
 * cap of 0, an event before the first training day) are answered in plain words before anything
 * is written.
 */
import { Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { DEFAULT_PASS_MARKS } from "../../core/training/model";
import { blankTrainingPlan } from "../../core/training/plan";
import { sampleTrainingPlan } from "../../core/training/sample-plan";
import { isoDate } from "../../core/training/validate-plan";
import { format } from "../../i18n/locale";
import { parseIsoDate } from "../../core/peak";
import { buildTrainingSheets } from "../../sheets/training";
import { NumberField } from "../components/NumberField";
import { PanelShell } from "../components/PanelShell";
import { peopleRangeError, readPeopleChoice } from "../components/PeopleSource";
import { RangeField } from "../components/RangeField";
import { usePane } from "../pane-context";
import { useChoices } from "../use-choices";
import { useGenerator, type BuiltSheets } from "../use-generator";
import { numberFieldMessage, parseNumberField } from "../validation";

export const TRAINING_DEFAULTS = {
  people: "sample",
  peopleRange: "",
  classCap: "8",
  firstDay: "2026-10-20",
  eventDay: "2026-11-11",
  passMark: "80",
  probationWeeks: "6",
};
const CAP_LIMITS = { min: 1, max: 200, integer: true };
const MARK_LIMITS = { min: 0, max: 100 };
const WEEK_LIMITS = { min: 1, max: 26, integer: true };

/** "2026-11-11" (what a date input gives) → serial day, or undefined (also for 2026-02-30). */
export const parseDateField = parseIsoDate;

/** The sample plan (sample team, fixed dates and results): built once. */
const SAMPLE = sampleTrainingPlan();

export function TrainingPanel() {
  const { host, locale, text } = usePane();
  const t = text.training;
  const [choices, set, remember] = useChoices(host, "training", TRAINING_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const sample = choices.people !== "range";
  const capError = numberFieldMessage(choices.classCap, CAP_LIMITS, text);
  const markError = numberFieldMessage(choices.passMark, MARK_LIMITS, text);
  const weeksError = numberFieldMessage(choices.probationWeeks, WEEK_LIMITS, text);
  const firstDayError = parseDateField(choices.firstDay) === undefined ? t.dateMissing : undefined;
  const eventDayError = parseDateField(choices.eventDay) === undefined ? t.dateMissing : undefined;

  const build = useCallback(async (): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    if (sample) return { specs: buildTrainingSheets(SAMPLE, locale) };
    if (capError || markError || weeksError || firstDayError || eventDayError || peopleRangeError(choices, text)) return undefined;
    const people = (await readPeopleChoice(choices, host, text)) ?? [];
    const plan = blankTrainingPlan({
      trainees: people.map((p) => ({ name: p.name, group: { "en-US": "", "zh-CN": "" } })),
      classCap: parseNumberField(choices.classCap, CAP_LIMITS)!,
      firstDay: parseDateField(choices.firstDay)!,
      eventDate: parseDateField(choices.eventDay)!,
      marks: { ...DEFAULT_PASS_MARKS, examPassMark: parseNumberField(choices.passMark, MARK_LIMITS)! },
      probationWeeks: parseNumberField(choices.probationWeeks, WEEK_LIMITS)!,
    });
    return { specs: buildTrainingSheets(plan, locale) };
  }, [capError, choices, eventDayError, firstDayError, host, locale, markError, sample, text, weeksError]);
  const { state, run } = useGenerator(build, remember);

  const dateField = (label: string, key: "firstDay" | "eventDay", error: string | undefined) => (
    <Field label={label} {...(showErrors && error ? { validationState: "error" as const, validationMessage: error } : {})}>
      <Input type="date" value={choices[key]} onChange={(_e, d) => set(key, d.value)} />
    </Field>
  );

  return (
    <PanelShell id="training" intro={t.intro} state={state} onRun={() => void run()} fileName={`${text.tabs.training}.xlsx`}>
      <Field label={t.trainees}>
        <RadioGroup value={sample ? "sample" : "range"} onChange={(_e, d) => set("people", d.value)}>
          <Radio value="sample" label={format(t.sample, { n: SAMPLE.trainees.length, from: isoDate(SAMPLE.firstDay), to: isoDate(SAMPLE.eventDate) })} />
          <Radio value="range" label={t.range} />
        </RadioGroup>
      </Field>
      {sample ? (
        <Text size={200}>{t.sampleNote}</Text>
      ) : (
        <>
          <RangeField
            label={text.common.peopleRangeLabel}
            hint={text.common.peopleRangeHint}
            value={choices.peopleRange}
            onChange={(v) => set("peopleRange", v)}
            error={peopleRangeError(choices, text)}
            showErrors={showErrors}
            holds="people"
          />
          <NumberField label={t.classCap} value={choices.classCap} onChange={(v) => set("classCap", v)} error={capError} showErrors={showErrors} />
          {dateField(t.firstDay, "firstDay", firstDayError)}
          {dateField(t.eventDay, "eventDay", eventDayError)}
          <NumberField label={t.passMark} value={choices.passMark} onChange={(v) => set("passMark", v)} error={markError} showErrors={showErrors} />
          <NumberField
            label={t.probationWeeks}
            value={choices.probationWeeks}
            onChange={(v) => set("probationWeeks", v)}
            error={weeksError}
            showErrors={showErrors}
          />
        </>
      )}
    </PanelShell>
  );
}
