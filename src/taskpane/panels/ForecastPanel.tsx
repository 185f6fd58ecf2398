/**
 * Forecast: past event days (the built-in sample or ranges of the workbook) → the 预测 / Forecast
 * sheet with live CS.EVENTFORECAST / CS.FORECAST formulas (see src/sheets/forecast/).
 */
import { Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Combine } from "../../core/forecast";
import { FORECAST_TEXT } from "../../i18n/forecast";
import { computeForecast, type ForecastSheetInput } from "../../sheets/forecast/compute-forecast";
import { buildForecastSheet } from "../../sheets/forecast/forecast-sheet";
import { buildForecastSample, sampleForecastInput } from "../../sheets/forecast/sample";
import { CombineField, combineChoice } from "../components/CombineField";
import { NumberFields, numberForm, SHARED_LIMITS } from "../components/NumberFields";
import { PanelShell } from "../components/PanelShell";
import { RangeField } from "../components/RangeField";
import { mustRead, readPastEventDays, readRecent } from "../forecast-ranges";
import { usePane } from "../pane-context";
import { readUserRange } from "../read-range";
import { useChoices } from "../use-choices";
import { useGenerator, type BuiltSheets } from "../use-generator";
import { rangeFieldMessage, type NumberLimits } from "../validation";

export const FORECAST_DEFAULTS = {
  source: "sample",
  eventRange: "",
  baselineRange: "",
  labelRange: "",
  recentRange: "",
  baseline: "",
  combine: "mean",
  level: "80",
  perAgentHour: "360",
  automation: "30",
};

type NumberKey = "baseline" | "level" | "perAgentHour" | "automation";

const LIMITS: Record<NumberKey, NumberLimits> = { ...SHARED_LIMITS, level: { min: 50, max: 99 } };

export function ForecastPanel() {
  const { host, locale, text } = usePane();
  const t = FORECAST_TEXT[locale].panel;
  const [choices, set, remember] = useChoices(host, "forecast", FORECAST_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const combine: Combine = combineChoice(choices.combine);
  const fromRanges = choices.source === "range";
  const typedBaseline = fromRanges && choices.recentRange.trim() === "";
  const numberKeys: NumberKey[] = [...(typedBaseline ? (["baseline"] as const) : []), "level", "perAgentHour", "automation"];
  const numbers = numberForm(choices, LIMITS, FORECAST_DEFAULTS, text);
  const rangeErrors = fromRanges
    ? [
        rangeFieldMessage(choices.eventRange, text),
        rangeFieldMessage(choices.baselineRange, text),
        choices.labelRange.trim() ? rangeFieldMessage(choices.labelRange, text) : undefined,
        choices.recentRange.trim() ? rangeFieldMessage(choices.recentRange, text) : undefined,
      ]
    : [];

  const build = useCallback(async (): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    if (rangeErrors.some(Boolean) || numbers.hasError(numberKeys)) return undefined;
    const n = numbers.value;
    const settings = { combine, level: n("level") / 100, perAgentHour: n("perAgentHour"), automationRate: n("automation") / 100 };
    if (!fromRanges) {
      const input = { ...sampleForecastInput(), ...settings };
      const live = buildForecastSample(locale, true, input);
      const download = buildForecastSample(locale, false, input);
      return host.kind === "excel" ? { specs: live } : { specs: live, downloadSpecs: download };
    }
    const { pastDays, pastBaselines, pastLabels } = await readPastEventDays(host, choices, text, t);
    let baseline: ForecastSheetInput["baseline"];
    if (typedBaseline) baseline = { kind: "typed", value: n("baseline") };
    else {
      const recent = await readUserRange(host, choices.recentRange, text);
      baseline = { kind: "recent", values: mustRead(readRecent(recent.values, pastDays[0]!.length, t)), address: recent.address };
    }
    const input: ForecastSheetInput = { eventLabel: FORECAST_TEXT[locale].sheet.forecast, pastLabels, pastDays, pastBaselines, baseline, sample: false, ...settings };
    // Checks the numbers before anything is written: what the core refuses is said here, in words.
    const computed = computeForecast(input);
    const live = buildForecastSheet(input, locale);
    return host.kind === "excel" ? { specs: [live] } : { specs: [live], downloadSpecs: [buildForecastSheet(input, locale, computed)] };
  }, [choices, combine, fromRanges, host, locale, numberKeys, numbers, rangeErrors, t, text, typedBaseline]);

  const { state, run } = useGenerator(build, remember);
  const labels: Record<NumberKey, string> = { baseline: t.baseline, level: t.level, perAgentHour: t.perAgentHour, automation: t.automation };
  const ranges = [
    { key: "eventRange", label: t.eventRange, error: rangeErrors[0] },
    { key: "baselineRange", label: t.baselineRange, error: rangeErrors[1] },
    { key: "labelRange", label: t.labelRange, error: rangeErrors[2] },
    { key: "recentRange", label: t.recentRange, hint: t.recentHint, error: rangeErrors[3] },
  ] as const;
  return (
    <PanelShell id="forecast" intro={t.intro} state={state} onRun={() => void run()} fileName={`${FORECAST_TEXT[locale].sheet.name}.xlsx`} footer={<Caption1>{t.liveNote}</Caption1>}>
      <Field label={t.source}>
        <RadioGroup value={choices.source} onChange={(_e, d) => set("source", d.value)}>
          <Radio value="sample" label={t.sourceSample} />
          <Radio value="range" label={t.sourceRange} />
        </RadioGroup>
      </Field>
      {fromRanges &&
        ranges.map((r) => (
          <RangeField key={r.key} label={r.label} {...("hint" in r ? { hint: r.hint } : {})} value={choices[r.key]} onChange={(v) => set(r.key, v)} error={r.error} showErrors={showErrors} holds="numbers" />
        ))}
      <CombineField locale={locale} value={combine} onChange={(v) => set("combine", v)} />
      <NumberFields keys={numberKeys} labels={labels} form={numbers} choices={choices} onChange={set} showErrors={showErrors} />
    </PanelShell>
  );
}
