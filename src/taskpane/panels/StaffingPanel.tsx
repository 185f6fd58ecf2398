/**
 * Staffing: a day of volume (the built-in sample or a column of the workbook) → the headcount
 * sheet with live CS.* formulas (see src/sheets/staffing/staffing-sheet.ts).
 */
import { Caption1, Field, Radio, RadioGroup, Select, makeStyles } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { NumberFields, numberForm, SHARED_LIMITS } from "../components/NumberFields";
import { PanelShell } from "../components/PanelShell";
import { RangeField } from "../components/RangeField";
import { sampleDayVolume } from "../../core/sample/day-volume";
import { format } from "../../i18n/locale";
import { usePane } from "../pane-context";
import { readUserRange, withoutHeading } from "../read-range";
import { computeStaffing } from "../../sheets/staffing/compute-staffing";
import { buildStaffingSheet, modelName, STAFFING_MODELS, type StaffingModel, type StaffingParams } from "../../sheets/staffing/staffing-sheet";
import { useChoices } from "../use-choices";
import { PlainMessage, useGenerator, type BuiltSheets } from "../use-generator";
import { parseNumberField, rangeFieldMessage, readNumberColumn, type NumberLimits } from "../validation";

export const STAFFING_DEFAULTS = {
  source: "sample",
  range: "",
  model: "erlangC",
  aht: "180",
  targetSl: "80",
  answer: "20",
  shrinkage: "30",
  maxOccupancy: "85",
  patience: "120",
  concurrency: "3",
  perAgentHour: "30",
  automation: "40",
};

type FieldKey = Exclude<keyof typeof STAFFING_DEFAULTS, "source" | "range" | "model">;

const LIMITS: Record<FieldKey, NumberLimits> = {
  aht: { min: 1, max: 36_000 },
  targetSl: { min: 1, max: 99 },
  answer: { min: 0, max: 3_600 },
  shrinkage: { min: 0, max: 95 },
  maxOccupancy: { min: 1, max: 100 },
  patience: { min: 1, max: 36_000 },
  concurrency: { min: 1, max: 10, integer: true },
  perAgentHour: SHARED_LIMITS.perAgentHour,
  automation: SHARED_LIMITS.automation,
};

/**
 * What most teams use (docs/reference/staffing.md): outside it a value is allowed but gets a
 * "looks unusual" hint — an AHT of 36 000 s or an occupancy of 1 % is usually a unit slip.
 */
const USUAL: Record<FieldKey, readonly [low: number, high: number]> = {
  aht: [20, 1_800],
  targetSl: [50, 95],
  answer: [5, 300],
  shrinkage: [10, 50],
  maxOccupancy: [60, 95],
  patience: [10, 900],
  concurrency: [1, 6],
  perAgentHour: [5, 120],
  automation: [0, 90],
};

/** Which form fields each model shows (the sheet's parameter list, in form terms). */
const MODEL_FIELDS: Record<StaffingModel, readonly FieldKey[]> = {
  erlangC: ["aht", "targetSl", "answer", "maxOccupancy", "shrinkage"],
  erlangA: ["aht", "patience", "targetSl", "answer", "shrinkage"],
  chat: ["aht", "concurrency", "targetSl", "answer", "shrinkage"],
  capacity: ["perAgentHour", "automation", "shrinkage"],
};

const INTERVAL_SECONDS = 600;

// A native select is as wide as its longest option: hold it to the pane's width (340 px in Excel).
const useStyles = makeStyles({
  select: { maxWidth: "100%", minWidth: 0, "& select": { width: "100%", textOverflow: "ellipsis" } },
});

function isModel(v: string): v is StaffingModel {
  return (STAFFING_MODELS as readonly string[]).includes(v);
}

export function StaffingPanel() {
  const styles = useStyles();
  const { host, locale, text } = usePane();
  const t = text.staffing;
  const [choices, set, remember] = useChoices(host, "staffing", STAFFING_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const model: StaffingModel = isModel(choices.model) ? choices.model : "erlangC";
  const fields = MODEL_FIELDS[model];
  const numbers = numberForm(choices, LIMITS, STAFFING_DEFAULTS, text);
  const fieldWarning = (key: FieldKey) => {
    const n = parseNumberField(choices[key], LIMITS[key]);
    const [low, high] = USUAL[key];
    return n !== undefined && (n < low || n > high) ? format(text.common.unusual, { low, high }) : undefined;
  };
  const rangeError = choices.source === "range" ? rangeFieldMessage(choices.range, text) : undefined;

  const build = useCallback(async (): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    if (rangeError || numbers.hasError(fields)) return undefined;
    let volumes: number[];
    if (choices.source === "sample") volumes = sampleDayVolume();
    else {
      const read = await readUserRange(host, choices.range, text);
      const column = readNumberColumn(withoutHeading(choices.range, read.values), { notNumber: t.volumeNotNumber, negative: t.volumeNegative, rows: t.volumeRows, columns: t.volumeColumns }, { min: 1, max: 1008 });
      if (!column.ok) throw new PlainMessage(column.message);
      volumes = column.numbers;
    }
    const n = numbers.value;
    const params: StaffingParams = {
      intervalSeconds: INTERVAL_SECONDS,
      ahtSeconds: n("aht"),
      targetServiceLevel: n("targetSl") / 100,
      answerSeconds: n("answer"),
      shrinkage: n("shrinkage") / 100,
      maxOccupancy: n("maxOccupancy") / 100,
      patienceSeconds: n("patience"),
      concurrency: n("concurrency"),
      chatsPerAgentHour: n("perAgentHour"),
      automationRate: n("automation") / 100,
    };
    const input = { model, volumes, params };
    // Checks the numbers before anything is written: a target no headcount meets fails here, in words.
    const computed = computeStaffing(input);
    const live = buildStaffingSheet(input, locale);
    return host.kind === "excel" ? { specs: [live] } : { specs: [live], downloadSpecs: [buildStaffingSheet(input, locale, computed)] };
  }, [choices, fields, host, locale, model, numbers, rangeError, text]);

  const { state, run } = useGenerator(build, remember);
  const labels: Record<FieldKey, string> = {
    aht: t.aht,
    targetSl: t.targetSl,
    answer: t.answerSeconds,
    shrinkage: t.shrinkage,
    maxOccupancy: t.maxOccupancy,
    patience: t.patience,
    concurrency: t.concurrency,
    perAgentHour: t.perAgentHour,
    automation: t.automation,
  };
  return (
    <PanelShell id="staffing" intro={t.intro} state={state} onRun={() => void run()} fileName={`${text.staffingSheet.name}.xlsx`} footer={<Caption1>{t.liveNote}</Caption1>}>
      <Field label={t.source}>
        <RadioGroup value={choices.source} onChange={(_e, d) => set("source", d.value)}>
          <Radio value="sample" label={t.sourceSample} />
          <Radio value="range" label={t.sourceRange} />
        </RadioGroup>
      </Field>
      {choices.source === "range" && (
        <RangeField label={t.volumeRange} value={choices.range} onChange={(v) => set("range", v)} error={rangeError} showErrors={showErrors} holds="numbers" />
      )}
      <Field label={t.model}>
        <Select className={styles.select} value={model} onChange={(_e, d) => set("model", d.value)}>
          {STAFFING_MODELS.map((m) => (
            <option key={m} value={m}>
              {modelName(m, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <NumberFields keys={fields} labels={labels} form={numbers} choices={choices} onChange={set} warning={fieldWarning} showErrors={showErrors} />
    </PanelShell>
  );
}
