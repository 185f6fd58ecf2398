/**
 * Roster: demand (Double-11 preset or a column of agents per slot) + shift templates + people →
 * the cheapest shift plan, solved by HiGHS in a Web Worker with a progress bar and cancel, then the
 * named roster sheets and one verdict (covered / short) shown in the pane and on the plan sheet.
 */
import { Body1, Button, Checkbox, Field, Label, ProgressBar, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { double11Preset, formatClock, rosterVerdict, slotsPerDay, verdictWords } from "../../core/roster";
import { SAMPLE_TEAM } from "../../core/sample/team";
import type { PlanProgress, Scenario } from "../../core/roster/types";
import { format } from "../../i18n/locale";
import { buildRosterSheets } from "../../sheets/roster";
import { PanelShell } from "../components/PanelShell";
import { PEOPLE_DEFAULTS, PeopleSource, peopleRangeError, readPeopleChoice } from "../components/PeopleSource";
import { RangeField } from "../components/RangeField";
import { usePane } from "../pane-context";
import { readUserRange, withoutHeading } from "../read-range";
import { personsFromRows } from "../people";
import { AheadSolve } from "../roster/ahead-solve";
import { SolveCancelled, type SolveHandle } from "../roster/solver-client";
import { useChoices } from "../use-choices";
import { PlainMessage, useGenerator, type BuiltSheets } from "../use-generator";
import { rangeFieldMessage, readNumberColumn } from "../validation";

export const ROSTER_DEFAULTS = { demand: "preset", demandRange: "", shiftsOff: "", ...PEOPLE_DEFAULTS };

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** "24:00" for a shift ending at midnight (formatClock would say "00:00"). */
function clockEnd(minutes: number): string {
  return minutes > 0 && minutes % 1440 === 0 ? "24:00" : formatClock(minutes);
}

/** The proven distance to the lowest cost, in percent ("0.4"); the solver's raw objective has no unit a manager knows. */
function progressGap(gap: number): string {
  return Number.isFinite(gap) ? String(Math.round(Math.max(0, gap) * 1000) / 10) : "?";
}

/** Indices of switched-off templates, stored as "1,3". */
function parseOff(text: string): Set<number> {
  return new Set(text.split(",").filter((s) => s.trim() !== "").map(Number));
}

export function RosterPanel() {
  const styles = useStyles();
  const { host, locale, text, createSolverWorker } = usePane();
  const t = text.roster;
  const [choices, set, remember] = useChoices(host, "roster", ROSTER_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const [progress, setProgress] = useState<PlanProgress>();
  const handle = useRef<SolveHandle | undefined>(undefined);
  /** Set by Cancel; checked before the worker starts (reading ranges comes first). */
  const cancelRequested = useRef(false);
  const preset = useMemo(() => double11Preset(locale), [locale]);
  const off = parseOff(choices.shiftsOff);
  const demandError = choices.demand === "range" ? rangeFieldMessage(choices.demandRange, text) : undefined;
  const shiftError = preset.shifts.every((_s, i) => off.has(i)) ? t.noShift : undefined;

  // The scenario the form shows before any range is read (preset demand, chosen shifts, sample team).
  const formScenario = useCallback((): Scenario => {
    const switchedOff = parseOff(choices.shiftsOff);
    return { ...preset, shifts: preset.shifts.filter((_s, i) => !switchedOff.has(i)) };
  }, [choices.shiftsOff, preset]);
  const ahead = useMemo(() => (createSolverWorker ? new AheadSolve(createSolverWorker) : undefined), [createSolverWorker]);
  // Solve ahead while the user reads the form: the click then finds HiGHS compiled, or the answer ready.
  const aheadable = choices.demand === "preset" && choices.people === "sample" && !shiftError;
  useEffect(() => {
    if (ahead && aheadable) ahead.start(formScenario());
  }, [ahead, aheadable, formScenario]);
  useEffect(() => () => ahead?.cancel(), [ahead]);

  const toggleShift = (index: number, on: boolean) => {
    const next = parseOff(choices.shiftsOff);
    if (on) next.delete(index);
    else next.add(index);
    set("shiftsOff", [...next].sort((a, b) => a - b).join(","));
  };

  const build = useCallback(async (): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    cancelRequested.current = false;
    if (demandError || shiftError || peopleRangeError(choices, text)) return undefined;
    const scenario = formScenario();
    if (choices.demand === "range") {
      const read = await readUserRange(host, choices.demandRange, text);
      const column = readNumberColumn(withoutHeading(choices.demandRange, read.values), { notNumber: t.demandNotNumber, rows: t.demandRows, columns: text.staffing.volumeColumns }, { min: 144, max: 144 }, true);
      if (!column.ok) throw new PlainMessage(column.message);
      scenario.demand = [column.numbers];
      // The preset's name ("Double 11") titles the sheets only for the preset's own demand.
      delete scenario.name;
    }
    const people = await readPeopleChoice(choices, host, text);
    if (people) scenario.people = personsFromRows(people);
    if (!ahead) throw new PlainMessage(format(t.workerFailed, { message: "Web Worker" }));
    if (cancelRequested.current) throw new PlainMessage(t.cancelled);
    setProgress(undefined);
    const solve = ahead.take(scenario, setProgress);
    handle.current = solve;
    try {
      const roster = await solve.result;
      // Ready for the next click: a second run is as quick as the first.
      if (aheadable) ahead.start(formScenario());
      // One verdict, computed once: the plan sheet shows the same words (src/sheets/roster).
      const verdict = rosterVerdict(roster);
      const words = verdictWords(verdict, scenario.slotMinutes, slotsPerDay(scenario) * scenario.days, locale);
      return { specs: buildRosterSheets(roster, locale), verdict: { intent: verdict.covered ? "success" : "warning", ...words } };
    } catch (e) {
      if (e instanceof SolveCancelled) throw new PlainMessage(t.cancelled);
      throw e;
    } finally {
      handle.current = undefined;
    }
  }, [ahead, aheadable, choices, demandError, formScenario, host, locale, shiftError, t, text]);
  const { state, run } = useGenerator(build, remember);

  const progressView = (
    <div className={styles.progress} role="status" aria-live="polite" data-testid="solver-progress">
      {/* Indeterminate until the first plan; then how close the best plan is proven to be (1 − gap). */}
      <ProgressBar thickness="large" aria-label={t.solving} {...(progress ? { value: Math.max(0, 1 - Math.min(1, progress.gap)) } : {})} />
      <Body1>{progress ? format(t.progress, { gap: progressGap(progress.gap), seconds: Math.round(progress.elapsedSeconds * 10) / 10 }) : t.solving}</Body1>
      <Button onClick={() => {
          cancelRequested.current = true;
          handle.current?.cancel();
        }} data-testid="cancel">
        {t.cancel}
      </Button>
    </div>
  );

  return (
    <PanelShell id="roster" intro={t.intro} state={state} onRun={() => void run()} progress={progressView} fileName={`${text.tabs.roster}.xlsx`}>
      <Field label={t.demand}>
        <RadioGroup value={choices.demand} onChange={(_e, d) => set("demand", d.value)}>
          <Radio value="preset" label={t.demandPreset} />
          <Radio value="range" label={t.demandRange} />
        </RadioGroup>
      </Field>
      {choices.demand === "range" && (
        <RangeField label={t.demandRangeLabel} value={choices.demandRange} onChange={(v) => set("demandRange", v)} error={demandError} showErrors={showErrors} holds="numbers" />
      )}
      {/* A fieldset, not a Field: Field would hand its label to the first checkbox only. */}
      <fieldset className={styles.fieldset}>
        <legend>
          <Label>{t.shifts}</Label>
        </legend>
        {preset.shifts.map((s, i) => (
            <Checkbox
            key={s.name}
              checked={!off.has(i)}
              onChange={(_e, d) => toggleShift(i, d.checked === true)}
              label={format(s.meal ? t.shiftLine : t.shiftLineNoMeal, {
                name: s.name,
                start: formatClock(s.startMinutes),
                end: clockEnd(s.latestStartMinutes + s.lengthMinutes),
                meal: s.meal?.minutes ?? 0,
              })}
            />
        ))}
        {showErrors && shiftError && (
          <Text role="alert" className={styles.error}>
            {shiftError}
          </Text>
        )}
      </fieldset>
      <PeopleSource
        label={text.common.people}
        sampleLabel={format(t.sampleTeamWithReserves, { team: SAMPLE_TEAM.length, reserves: preset.people.length - SAMPLE_TEAM.length })}
        choice={choices}
        onChange={(k, v) => set(k, v)}
        showErrors={showErrors}
      />
    </PanelShell>
  );
}
