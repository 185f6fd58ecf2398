/**
 * Plan a peak: the event calendar, the forecast inputs (the sample shop's history or ranges of the
 * workbook), capacity, hiring and the team → the linked plan (overview, forecast, headcount, hiring
 * plan, one roster per event day, solved in the solver's Web Worker). Afterwards "Re-solve roster"
 * reads the rosters' required rows as Excel now calculates them and rewrites only the roster sheets.
 */
import { Body1, Button, Caption1, Field, Input, Label, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Combine } from "../../core/forecast";
import { computePeakPlan, mainEventDay, MAX_EVENT_DAYS, SAMPLE_CALENDAR, STAGE_KINDS, type PeakPlanInput, type StageKind } from "../../core/peak";
import { rosterVerdict } from "../../core/roster";
import type { NamedRoster, Scenario } from "../../core/roster/types";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { isoDate } from "../../core/training/validate-plan";
import { FORECAST_TEXT } from "../../i18n/forecast";
import { format } from "../../i18n/locale";
import { buildPeakPlanSheets, checkPlanBeforeSolving, type PeakWorkbookInput } from "../../sheets/peak/build-plan";
import { SAMPLE_PEAK_NAME } from "../../sheets/peak/generator";
import { shortDate } from "../../sheets/peak/labels";
import { eventDayScenario, totalHires } from "../../sheets/peak/rosters";
import { samplePeakPlanInput } from "../../sheets/peak/sample";
import { CombineField, combineChoice } from "../components/CombineField";
import { NumberFields, numberForm } from "../components/NumberFields";
import { SelectField } from "../components/SelectField";
import { PanelShell } from "../components/PanelShell";
import { PEOPLE_DEFAULTS, PeopleSource, peopleRangeError, readPeopleChoice } from "../components/PeopleSource";
import { RangeField } from "../components/RangeField";
import { readPastEventDays } from "../forecast-ranges";
import { usePane } from "../pane-context";
import { calendarForm, parseCalendarForm, readCalendarForm, type CalendarForm } from "../peak/calendar-form";
import { CAPACITY_KEYS, HIRING_KEYS, LOAD_FIELDS, LOAD_KEYS, loadOutsideUsual, PLAN_LIMITS, PLAN_NUMBER_DEFAULTS, planNumbers, RAMP_KEYS, type LoadKey, type NumberKey, type RampKey } from "../peak/plan-fields";
import { planRecord, PLAN_SETTING, readPlanRecord } from "../peak/plan-record";
import { resolveRosters, rosterClause, type ResolveResult, type SolveScenario } from "../peak/resolve";
import { agentsFromRows } from "../people";
import { SolveCancelled, startSolve, type CreateSolverWorker } from "../roster/solver-client";
import { useChoices } from "../use-choices";
import { describeError } from "../describe-error";
import { PlainMessage, useGenerator, type BuiltSheets } from "../use-generator";
import { rangeFieldMessage } from "../validation";

const SAMPLE = samplePeakPlanInput();

export const PEAK_DEFAULTS = {
  name: "",
  calendar: JSON.stringify(calendarForm(SAMPLE_CALENDAR)),
  source: "sample",
  eventRange: "",
  baselineRange: "",
  labelRange: "",
  combine: "mean",
  ...PLAN_NUMBER_DEFAULTS,
  ...PEOPLE_DEFAULTS,
};

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Two lines per stage, so nothing is cut in a 320 px pane: the kind (its longest label in full)
  // and remove, then start and end side by side (a date input needs about 130 px).
  stageRow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  stageHead: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 28px", gap: tokens.spacingHorizontalXS, alignItems: "end" },
  stageDates: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalXS },
  dayRow: { display: "grid", gridTemplateColumns: "minmax(0, 1.2fr) minmax(0, 0.8fr) 28px", gap: tokens.spacingHorizontalXS, alignItems: "end" },
  // An input keeps its default width (a text input about 200 px) unless told to fill its column.
  fill: { minWidth: 0, width: "100%", "& input": { minWidth: 0, width: "100%" } },
  remove: { minWidth: "28px", paddingLeft: 0, paddingRight: 0 },
  section: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  resolve: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Solves scenarios one after another in the solver's worker, saying which event day is on. */
function workerSolve(create: CreateSolverWorker, onDay: (index: number) => void, handle: { cancel?: () => void }): SolveScenario {
  return async (scenario: Scenario, index: number): Promise<NamedRoster> => {
    onDay(index);
    const solve = startSolve({ type: "solve", scenario }, create, () => undefined);
    handle.cancel = solve.cancel;
    return solve.result;
  };
}

export function PeakPanel() {
  const styles = useStyles();
  const { host, locale, text, createSolverWorker } = usePane();
  const t = text.peak;
  const ft = FORECAST_TEXT[locale].panel;
  const [choices, set, remember] = useChoices(host, "peak", PEAK_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const [solvingDay, setSolvingDay] = useState<{ day: string; n: number; total: number }>();
  const [hasPlan, setHasPlan] = useState(() => readPlanRecord(host.getSetting(PLAN_SETTING)) !== undefined);
  const [resolveState, setResolveState] = useState<{ status: "idle" | "running" } | { status: "done"; result: ResolveResult } | { status: "error"; message: string }>({ status: "idle" });
  const written = useRef<{ input: PeakWorkbookInput; specs: BuiltSheets["specs"] } | undefined>(undefined);
  const solveHandle = useRef<{ cancel?: () => void }>({});

  const form: CalendarForm = useMemo(() => parseCalendarForm(choices.calendar) ?? calendarForm(SAMPLE_CALENDAR), [choices.calendar]);
  const setForm = (next: CalendarForm) => set("calendar", JSON.stringify(next));
  const calendarRead = readCalendarForm(form, t, locale);
  const combine: Combine = combineChoice(choices.combine);
  const fromRanges = choices.source === "range";
  // Sample history or the sample team: the sheets say it is the sample shop (user data never passes as sample-free).
  const sample = !fromRanges || choices.people !== "range";
  const defaultName = sample ? SAMPLE_PEAK_NAME[locale] : calendarRead.ok ? format(t.defaultName, { date: isoDate(calendarRead.calendar.eventDays[mainEventDay(calendarRead.calendar)]!.date) }) : "";
  const numberKeys: NumberKey[] = [...(fromRanges ? (["baseline"] as const) : []), ...CAPACITY_KEYS, ...HIRING_KEYS, ...LOAD_KEYS, ...RAMP_KEYS];
  const fields = numberForm(choices, PLAN_LIMITS, PEAK_DEFAULTS, text);
  const rangeErrors = fromRanges
    ? [rangeFieldMessage(choices.eventRange, text), rangeFieldMessage(choices.baselineRange, text), choices.labelRange.trim() ? rangeFieldMessage(choices.labelRange, text) : undefined]
    : [];

  const build = useCallback(async (): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    written.current = undefined;
    if (!calendarRead.ok || rangeErrors.some(Boolean) || fields.hasError(numberKeys) || peopleRangeError(choices, text)) return undefined;
    let forecast: PeakPlanInput["forecast"] = { ...SAMPLE.forecast, combine };
    if (fromRanges) {
      const past = await readPastEventDays(host, choices, text, ft);
      forecast = { ...past, baseline: fields.value("baseline"), combine };
    }
    const plan: PeakPlanInput = { calendar: calendarRead.calendar, forecast, ...planNumbers(fields) };
    const rows = await readPeopleChoice(choices, host, text);
    const team = rows ? agentsFromRows(rows) : SAMPLE_TEAM;
    const name = choices.name.trim() || defaultName;
    // What the core refuses (absence, uplift…) is said here, in words, before anything is solved.
    const numbers = computePeakPlan(plan);
    checkPlanBeforeSolving(plan, numbers, team, locale);
    const hires = totalHires(numbers);
    const days = plan.calendar.eventDays;
    if (!createSolverWorker) throw new PlainMessage(format(text.roster.workerFailed, { message: "Web Worker" }));
    const solve = workerSolve(createSolverWorker, (i) => setSolvingDay({ day: shortDate(days[i]!.date, locale), n: i + 1, total: days.length }), solveHandle.current);
    const rosters: NamedRoster[] = [];
    try {
      for (const d of days.keys()) rosters.push(await solve(eventDayScenario(plan.calendar, numbers, d, team, hires, locale), d));
    } catch (e) {
      if (e instanceof SolveCancelled) throw new PlainMessage(text.roster.cancelled);
      throw e;
    } finally {
      setSolvingDay(undefined);
    }
    const input: PeakWorkbookInput = { name, plan, team, newHires: hires, rosters, sample };
    const specs = buildPeakPlanSheets(input, locale);
    written.current = { input, specs };
    // The summary says what the sheets say: people per event day (headcount sheet), hires (hiring plan), each roster's verdict.
    const lines = rosters.map((roster, d) => format(t.resultDay, { day: shortDate(days[d]!.date, locale), people: numbers.peopleNeeded[d]!, roster: rosterClause(roster, t) }));
    const covered = rosters.every((r) => rosterVerdict(r).covered);
    return { specs, verdict: { intent: covered ? "success" : "warning", title: format(t.resultTitle, { hires }), lines } };
  }, [calendarRead, choices, combine, createSolverWorker, defaultName, fromRanges, ft, host, locale, numberKeys, fields, rangeErrors, sample, t, text]);

  const rememberPlan = useCallback(
    async (report: Parameters<Parameters<typeof useGenerator>[1]>[0]) => {
      await remember();
      const done = written.current;
      if (!done) return;
      await host.setSetting(PLAN_SETTING, planRecord(done.input, done.specs, report, locale));
      setHasPlan(true);
      setResolveState({ status: "idle" });
    },
    [host, locale, remember],
  );
  const { state, run } = useGenerator(build, rememberPlan);

  const resolve = useCallback(async () => {
    setResolveState({ status: "running" });
    try {
      const record = readPlanRecord(host.getSetting(PLAN_SETTING));
      if (!record) throw new PlainMessage(t.resolveNone);
      if (host.kind !== "excel") throw new PlainMessage(t.resolvePreview);
      if (!createSolverWorker) throw new PlainMessage(format(text.roster.workerFailed, { message: "Web Worker" }));
      const solve = workerSolve(createSolverWorker, (i) => setSolvingDay({ day: shortDate(record.plan.calendar.eventDays[i]!.date, locale), n: i + 1, total: record.rosters.length }), solveHandle.current);
      const result = await resolveRosters(host, record, text, solve).finally(() => setSolvingDay(undefined));
      await host.setSetting(PLAN_SETTING, result.record);
      setResolveState({ status: "done", result });
    } catch (e) {
      setResolveState({ status: "error", message: e instanceof SolveCancelled ? text.roster.cancelled : describeError(e, locale, text) });
    }
  }, [createSolverWorker, host, locale, t, text]);

  const progress = (
    <div className={styles.resolve} role="status" aria-live="polite" data-testid="solver-progress">
      <Body1>{solvingDay ? format(t.solving, solvingDay) : text.common.working}</Body1>
      <Button onClick={() => solveHandle.current.cancel?.()} data-testid="cancel">
        {text.roster.cancel}
      </Button>
    </div>
  );

  const stageRow = (s: CalendarForm["stages"][number], i: number) => {
    const update = (patch: Partial<CalendarForm["stages"][number]>) => setForm({ ...form, stages: form.stages.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
    return (
      <div key={i} className={styles.stageRow} data-testid={`stage-${i}`}>
        <div className={styles.stageHead}>
          <SelectField label={format(t.stage, { n: i + 1 })} value={s.kind} options={STAGE_KINDS} optionLabel={(k) => t.kinds[k]} onChange={(kind: StageKind) => update({ kind })} />
          <Button appearance="subtle" className={styles.remove} aria-label={format(t.removeStage, { n: i + 1 })} disabled={form.stages.length <= 1} onClick={() => setForm({ ...form, stages: form.stages.filter((_x, j) => j !== i) })}>
            ✕
          </Button>
        </div>
        <div className={styles.stageDates}>
          <Field label={t.start}>
            <Input className={styles.fill} type="date" value={s.start} onChange={(_e, d) => update({ start: d.value })} />
          </Field>
          <Field label={t.end}>
            <Input className={styles.fill} type="date" value={s.end} onChange={(_e, d) => update({ end: d.value })} />
          </Field>
        </div>
      </div>
    );
  };

  const dayRow = (d: CalendarForm["days"][number], i: number) => {
    const update = (patch: Partial<CalendarForm["days"][number]>) => setForm({ ...form, days: form.days.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
    return (
      <div key={i} className={styles.dayRow} data-testid={`event-day-${i}`}>
        <Field label={format(t.eventDay, { n: i + 1 })}>
          <Input className={styles.fill} type="date" value={d.date} onChange={(_e, v) => update({ date: v.value })} />
        </Field>
        <Field label={t.share}>
          <Input className={styles.fill} type="text" inputMode="decimal" value={d.share} onChange={(_e, v) => update({ share: v.value })} />
        </Field>
        <Button appearance="subtle" className={styles.remove} aria-label={format(t.removeDay, { n: i + 1 })} disabled={form.days.length <= 1} onClick={() => setForm({ ...form, days: form.days.filter((_x, j) => j !== i) })}>
          ✕
        </Button>
      </div>
    );
  };

  const labels: Record<NumberKey, string> = {
    baseline: t.baseline,
    perAgentHour: t.perAgentHour,
    automation: t.automation,
    absence: t.absence,
    breaks: t.breaks,
    onHand: t.onHand,
    attrition: t.attrition,
    trainWeeks: t.trainWeeks,
    passRate: t.passRate,
    ...(Object.fromEntries(LOAD_KEYS.map((k) => [k, t.loadOf[LOAD_FIELDS[k]]])) as Record<LoadKey, string>),
    ...(Object.fromEntries(RAMP_KEYS.map((k, i) => [k, format(t.rampWeek, { n: i + 1 })])) as Record<RampKey, string>),
  };
  const warning = (key: NumberKey) => {
    const usual = loadOutsideUsual(key, fields);
    return usual && format(text.common.unusual, { low: usual[0], high: usual[1] });
  };
  const numberFields = (keys: readonly NumberKey[]) => <NumberFields keys={keys} labels={labels} form={fields} choices={choices} onChange={set} warning={warning} showErrors={showErrors} />;
  const lastStage = form.stages[form.stages.length - 1];

  const resolveView = hasPlan && (
    <div className={styles.resolve} data-testid="resolve">
      <Caption1>{t.resolveHint}</Caption1>
      <Button onClick={() => void resolve()} disabled={resolveState.status === "running" || state.status === "running"} data-testid="resolve-button">
        {t.resolve}
      </Button>
      {resolveState.status === "running" && progress}
      {resolveState.status === "error" && (
        <MessageBar intent="error" role="alert" data-testid="resolve-error">
          <MessageBarBody>{resolveState.message}</MessageBarBody>
        </MessageBar>
      )}
      {resolveState.status === "done" && (
        <MessageBar intent={resolveState.result.verdict.intent} data-testid="resolve-result">
          <MessageBarBody>
            <MessageBarTitle>{resolveState.result.verdict.title}</MessageBarTitle>
            {resolveState.result.verdict.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  return (
    <PanelShell id="peak" intro={t.intro} state={state} onRun={() => void run()} progress={progress} fileName={`${text.tabs.peak}.xlsx`} footer={resolveView}>
      <Field label={t.name}>
        <Input value={choices.name} placeholder={defaultName} onChange={(_e, d) => set("name", d.value)} />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend>
          <Label className={styles.section}>{t.calendar}</Label>
        </legend>
        <Caption1>{t.calendarHint}</Caption1>
        {form.stages.map(stageRow)}
        <Button
          onClick={() => setForm({ ...form, stages: [...form.stages, { kind: "aftersale", start: lastStage?.end ?? "", end: lastStage?.end ?? "" }] })}
          data-testid="add-stage"
        >
          {t.addStage}
        </Button>
        <Label className={styles.section}>{t.eventDays}</Label>
        {form.days.map(dayRow)}
        <Button disabled={form.days.length >= MAX_EVENT_DAYS} onClick={() => setForm({ ...form, days: [...form.days, { date: "", share: "1" }] })} data-testid="add-event-day">
          {t.addDay}
        </Button>
        {showErrors && !calendarRead.ok && (
          <Text role="alert" className={styles.error} data-testid="calendar-error">
            {calendarRead.message}
          </Text>
        )}
      </fieldset>
      <Field label={t.forecast}>
        <RadioGroup value={choices.source} onChange={(_e, d) => set("source", d.value)}>
          <Radio value="sample" label={t.forecastSample} />
          <Radio value="range" label={t.forecastRange} />
        </RadioGroup>
      </Field>
      {fromRanges && (
        <>
          <RangeField label={ft.eventRange} value={choices.eventRange} onChange={(v) => set("eventRange", v)} error={rangeErrors[0]} showErrors={showErrors} holds="numbers" />
          <RangeField label={ft.baselineRange} value={choices.baselineRange} onChange={(v) => set("baselineRange", v)} error={rangeErrors[1]} showErrors={showErrors} holds="numbers" />
          <RangeField label={ft.labelRange} value={choices.labelRange} onChange={(v) => set("labelRange", v)} error={rangeErrors[2]} showErrors={showErrors} holds="numbers" />
          {numberFields(["baseline"])}
        </>
      )}
      <CombineField locale={locale} value={combine} onChange={(v) => set("combine", v)} />
      <Label className={styles.section}>{t.capacity}</Label>
      {numberFields(CAPACITY_KEYS)}
      <Label className={styles.section}>{t.hiring}</Label>
      {numberFields(HIRING_KEYS)}
      <Label className={styles.section}>{t.loads}</Label>
      <Caption1>{t.loadsHint}</Caption1>
      {numberFields(LOAD_KEYS)}
      <Label className={styles.section}>{t.ramp}</Label>
      <Caption1>{t.rampHint}</Caption1>
      {numberFields(RAMP_KEYS)}
      <PeopleSource label={text.common.people} choice={choices} onChange={(k, v) => set(k, v)} showErrors={showErrors} />
    </PanelShell>
  );
}
