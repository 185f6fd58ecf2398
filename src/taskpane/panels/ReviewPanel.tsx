/**
 * Peak review (复盘): the user's actual volumes and agents on duty per slot → the review sheet
 * (src/sheets/review/review-sheet.ts). With a peak plan in the workbook the review is linked to it:
 * its forecast and agents-required cells are formulas on the plan's headcount sheet under the name
 * that sheet really got, and the pane's result line uses the values that sheet holds now. Its QA
 * results are counted from the plan's QA logs when they are all there unchanged (else left blank).
 */
import { Caption1, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { computePeakPlan } from "../../core/peak";
import { computeReview, sampleReviewInput, type ReviewDayInput, type ReviewInput } from "../../core/review";
import { formatClock } from "../../core/roster";
import { isoDate, toSerialDate } from "../../core/serial-date";
import { format } from "../../i18n/locale";
import { REVIEW_TEXT } from "../../i18n/review";
import type { TaskpaneText } from "../../i18n/taskpane";
import { SUMMARY_ROW } from "../../sheets/payouts/summary-sheet";
import { HEADCOUNT_LAYOUT, PEAK_IDS } from "../../sheets/peak/layout";
import { buildReviewSheet, PAYOUT_COMPONENTS } from "../../sheets/review/review-sheet";
import { samplePlanNumbers } from "../../sheets/review/sample";
import { a1, quoteSheetName } from "../../sheets/spec";
import { NumberField } from "../components/NumberField";
import { PanelShell } from "../components/PanelShell";
import { RangeField } from "../components/RangeField";
import type { WorkbookHost } from "../host/workbook-host";
import { usePane } from "../pane-context";
import { PLAN_SETTING, readPlanRecord, type PlanRecord } from "../peak/plan-record";
import { linkedReviewSheets, qaLine, recordedQaLogs, SUMMARY_ID, type QaLink } from "../peak/review-link";
import { readUserRange, withoutHeading } from "../read-range";
import { useChoices } from "../use-choices";
import { PlainMessage, useGenerator, type BuiltSheets, type RunVerdict } from "../use-generator";
import { numberFieldMessage, parseNumberField, rangeFieldMessage, type NumberLimits } from "../validation";

const MAX_DAYS = 3;
const DAY_RANGES = ["actual", "onDuty", "forecast", "required", "answered", "within"] as const;
type DayRange = (typeof DAY_RANGES)[number];
type RangeKey = `${DayRange}${0 | 1 | 2}`;

export const REVIEW_DEFAULTS = {
  source: "sample",
  days: "",
  aht: "60",
  answer: "30",
  targetSl: "80",
  passMark: "85",
  cost: "0",
  sales: "0",
  ...(Object.fromEntries(DAY_RANGES.flatMap((r) => [0, 1, 2].map((d) => [`${r}${d}`, ""]))) as Record<RangeKey, string>),
};

type FieldKey = "aht" | "answer" | "targetSl" | "passMark" | "cost" | "sales";
const FIELDS: readonly FieldKey[] = ["aht", "answer", "targetSl", "passMark", "cost", "sales"];
const LIMITS: Record<FieldKey, NumberLimits> = {
  aht: { min: 1, max: 36_000 },
  answer: { min: 0, max: 3_600 },
  targetSl: { min: 1, max: 99 },
  passMark: { min: 0, max: 100 },
  cost: { min: 0, max: 1e11 },
  sales: { min: 0, max: 1e11 },
};

/** The plan the review links to: its record and the headcount sheet's name, once that sheet is found unchanged. */
interface LinkedPlan {
  record: PlanRecord;
  sheet: string;
  dates: number[];
  slots: number;
  /** The plan's payout summary sheet, when it is there unchanged: the incentives are read from it. */
  summary?: string;
  qa: QaLink;
}

type PlanState = { status: "none" } | { status: "checking" } | { status: "gone"; sheet: string } | { status: "linked"; plan: LinkedPlan };

/** "2026-11-11, 2026-11-12" → serial days; undefined unless 1–3 real dates. */
export function parseEventDays(raw: string): number[] | undefined {
  const parts = raw.split(/[,，;；\s]+/).filter(Boolean);
  if (parts.length < 1 || parts.length > MAX_DAYS) return undefined;
  const dates: number[] = [];
  for (const p of parts) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(p);
    if (!m) return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const serial = toSerialDate(y, mo, d);
    if (isoDate(serial) !== `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`) return undefined;
    dates.push(serial);
  }
  return dates;
}

/** The recorded plan, when its headcount sheet is still there under its name with its title. */
async function findPlan(host: WorkbookHost): Promise<PlanState> {
  const record = readPlanRecord(host.getSetting(PLAN_SETTING));
  if (!record) return { status: "none" };
  const sheet = record.names[PEAK_IDS.headcount]!;
  if (!(await isPlanSheet(host, record, PEAK_IDS.headcount))) return { status: "gone", sheet };
  const numbers = computePeakPlan(record.plan);
  const qa = await findQaLogs(host, record);
  const plan: LinkedPlan = { record, sheet, dates: record.plan.calendar.eventDays.map((e) => e.date), slots: numbers.forecast[0]!.length, qa };
  // Only Excel calculates the summary's figures; the preview's cells hold formula text.
  const summary = record.names[SUMMARY_ID];
  return { status: "linked", plan: host.kind === "excel" && summary !== undefined && (await isPlanSheet(host, record, SUMMARY_ID)) ? { ...plan, summary } : plan };
}

/** The plan's QA logs, linked when every one is there under its recorded name with its title. */
async function findQaLogs(host: WorkbookHost, record: PlanRecord): Promise<QaLink> {
  const qa = recordedQaLogs(record);
  if (!qa) return { status: "none" };
  for (const { id } of qa.logs) if (!(await isPlanSheet(host, record, id))) return { status: "gone", sheet: record.names[id]! };
  return { status: "linked", logs: qa.logs.map((ref) => ({ ref, name: record.names[ref.id]! })), period: qa.period };
}

/** The plan's sheet `id` is in the workbook under its recorded name, its title (A1) unchanged. */
async function isPlanSheet(host: WorkbookHost, record: PlanRecord, id: string): Promise<boolean> {
  const name = record.names[id];
  if (name === undefined) return false;
  try {
    const title = (await host.readRange(`${quoteSheetName(name)}!A1`)).values[0]?.[0];
    return String(title ?? "") === record.titles[id];
  } catch {
    return false;
  }
}

/** The incentive lines and sales the payout summary shows now (its cost components, in yuan). */
async function summaryIncentives(host: WorkbookHost, sheet: string, text: TaskpaneText): Promise<ReviewInput["incentives"]> {
  const R = SUMMARY_ROW;
  const area = `${quoteSheetName(sheet)}!${a1(R.totalSales, 0)}:${a1(R.firstCost + PAYOUT_COMPONENTS - 1, 1)}`;
  const rows = await host.readRange(area).then(
    (r) => r.values,
    () => {
      throw new PlainMessage(format(text.review.planGone, { sheet }));
    },
  );
  const cents = (row: number): number => {
    const v = rows[row - R.totalSales]?.[1];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new PlainMessage(format(text.review.summaryBad, { sheet, cell: a1(row, 1), value: String(v ?? "") }));
    return Math.round(v * 100);
  };
  const lines = Array.from({ length: PAYOUT_COMPONENTS }, (_, k) => ({ label: String(rows[R.firstCost + k - R.totalSales]?.[0] ?? ""), costCents: cents(R.firstCost + k) }));
  return { lines, salesCents: cents(R.totalSales) };
}

/** Reads a column of numbers; blanks become null (allowed only where `blanks`). */
async function readColumn(host: WorkbookHost, address: string, text: TaskpaneText, rows: number | undefined, blanks = false): Promise<(number | null)[]> {
  const t = text.review;
  const read = await readUserRange(host, address, text);
  const values = withoutHeading(address, read.values);
  if (values.some((row) => row.length !== 1)) throw new PlainMessage(format(t.columns, { range: address }));
  if (rows !== undefined ? values.length !== rows : values.length < 24 || values.length % 24 !== 0) {
    throw new PlainMessage(format(rows !== undefined ? t.rows : t.rowsAny, { range: address, rows: values.length, slots: rows ?? "" }));
  }
  return values.map((row, i) => {
    const v = row[0];
    if ((v === null || (typeof v === "string" && v.trim() === "")) && blanks) return null;
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw new PlainMessage(format(t.notNumber, { range: address, row: i + 1, value: v === null || v === undefined ? "" : String(v) }));
    return n;
  });
}

const numbersOnly = (xs: (number | null)[]): number[] => xs.map((x) => x ?? NaN);

/**
 * The plan's forecast and agents required of event day `d` as its headcount sheet holds them now.
 * The preview calculates nothing (its cells hold formula text): there the plan engine's numbers,
 * which are what those formulas give for the recorded inputs.
 */
async function planColumns(host: WorkbookHost, plan: LinkedPlan, d: number, text: TaskpaneText): Promise<{ forecast: number[]; required: number[] }> {
  if (host.kind === "preview") {
    const numbers = computePeakPlan(plan.record.plan);
    return { forecast: numbers.forecast[d]!, required: numbers.agents[d]! };
  }
  const L = HEADCOUNT_LAYOUT;
  const column = async (col: number): Promise<number[]> => {
    const range = `${a1(L.firstRow, col)}:${a1(L.firstRow + plan.slots - 1, col)}`;
    const values = await host.readRange(`${quoteSheetName(plan.sheet)}!${range}`).then(
      (r) => r.values,
      () => {
        throw new PlainMessage(format(text.review.planGone, { sheet: plan.sheet }));
      },
    );
    // A non-number (an error value) stays NaN: checkReviewInput names the day and slot.
    return values.map((r) => (typeof r[0] === "number" ? r[0] : NaN));
  };
  return { forecast: await column(L.volumeCol(d)), required: await column(L.agentsCol(d)) };
}

const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);

/**
 * The result line: the same figures the sheet's key figures show, from the engine. A user's review
 * also says where its QA results come from (`qa`; none: left blank); the sample's are typed.
 */
export function reviewVerdict(input: ReviewInput, text: TaskpaneText, linkedSheet?: string, qa: QaLink = { status: "none" }): RunVerdict {
  const t = text.review;
  const r = computeReview(input);
  const slots = r.slotsPerDay * r.days.length;
  const title = r.all.wapeSlots === null ? format(t.resultNoVolume, { short: r.all.shortSlots, slots }) : format(t.resultTitle, { wape: pct(r.all.wapeSlots), short: r.all.shortSlots, slots });
  const lines = r.days.map((day, i) =>
    format(t.resultDay, {
      date: isoDate(input.days[i]!.date),
      forecast: Math.round(day.forecast).toLocaleString("en-US"),
      actual: Math.round(day.actual).toLocaleString("en-US"),
      wape: pct(day.wapeSlots),
      short: day.shortSlots,
      worst: day.worstSlot ? format(t.resultWorst, { time: formatClock((day.worstSlot.slot * r.slotSeconds) / 60), missing: Math.round(day.worstSlot.short * 10) / 10 }) : "",
    }),
  );
  lines.push(linkedSheet === undefined ? t.resultValues : format(t.resultLinked, { sheet: linkedSheet }));
  if (!input.sample) lines.push(qaLine(qa, text));
  return { intent: r.all.shortSlots > 0 || r.all.meetsTarget === false ? "warning" : "success", title, lines };
}

export function ReviewPanel() {
  const { host, locale, text } = usePane();
  const t = text.review;
  const [choices, set, remember] = useChoices(host, "review", REVIEW_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const [planState, setPlanState] = useState<PlanState>({ status: "checking" });
  const fromRanges = choices.source === "ranges";
  // Looked for again when the user picks this workbook's ranges: panels stay mounted, so a plan
  // written in the Peak tab since the pane opened is found then.
  useEffect(() => {
    let live = true;
    void findPlan(host).then((s) => live && setPlanState(s));
    return () => {
      live = false;
    };
  }, [host, fromRanges]);

  const linked = planState.status === "linked" ? planState.plan : undefined;
  const typedDays = parseEventDays(choices.days);
  const dates = linked?.dates ?? typedDays ?? [];
  const daysError = fromRanges && !linked && !typedDays ? t.eventDaysBad : undefined;
  const dayRanges: readonly DayRange[] = linked ? ["actual", "onDuty", "answered", "within"] : DAY_RANGES;
  const optional = (r: DayRange) => r === "answered" || r === "within";
  const rangeError = (key: RangeKey, r: DayRange) => (optional(r) && !choices[key].trim() ? undefined : rangeFieldMessage(choices[key], text));
  const fields = linked?.summary ? FIELDS.filter((k) => k !== "cost" && k !== "sales") : FIELDS;
  const fieldError = (k: FieldKey) => numberFieldMessage(choices[k], LIMITS[k], text);

  const build = useCallback(async (): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    if (fields.some((k) => fieldError(k))) return undefined;
    if (!fromRanges) {
      const input = sampleReviewInput(samplePlanNumbers(), false);
      return { specs: [buildReviewSheet(input, locale)], verdict: reviewVerdict(input, text) };
    }
    if (daysError || dates.some((_d, i) => dayRanges.some((r) => rangeError(`${r}${i as 0 | 1 | 2}`, r)))) return undefined;
    // The plan may have gone since the pane looked: look again before reading from it.
    const plan = linked ? await findPlan(host) : planState;
    if (linked && plan.status !== "linked") {
      setPlanState(plan);
      throw new PlainMessage(format(t.planGone, { sheet: linked.sheet }));
    }
    // The QA logs as they are now: a log renamed since the pane looked leaves the QA block blank.
    const qa: QaLink = plan.status === "linked" ? plan.plan.qa : { status: "none" };
    const days: ReviewDayInput[] = [];
    for (const [i, date] of dates.entries()) {
      const key = (r: DayRange) => choices[`${r}${i as 0 | 1 | 2}`];
      const actual = numbersOnly(await readColumn(host, key("actual"), text, linked?.slots));
      const slots = actual.length;
      const onDuty = numbersOnly(await readColumn(host, key("onDuty"), text, slots));
      const planned = linked ? await planColumns(host, linked, i, text) : { forecast: numbersOnly(await readColumn(host, key("forecast"), text, slots)), required: numbersOnly(await readColumn(host, key("required"), text, slots)) };
      const day: ReviewDayInput = { date, ...planned, actual, onDuty };
      const [answered, within] = [key("answered").trim(), key("within").trim()];
      if (Boolean(answered) !== Boolean(within)) throw new PlainMessage(format(t.bothOrNeither, { n: i + 1 }));
      days.push(answered ? { ...day, answered: await readColumn(host, answered, text, 24, true), answeredWithin: await readColumn(host, within, text, 24, true) } : day);
    }
    const n = (k: FieldKey) => parseNumberField(choices[k], LIMITS[k])!;
    const input: ReviewInput = {
      linked: linked !== undefined,
      sample: false,
      days,
      settings: { ahtSeconds: n("aht"), answerSeconds: n("answer"), targetServiceLevel: n("targetSl") / 100, qaPassMark: n("passMark") },
      incentives: linked?.summary ? await summaryIncentives(host, linked.summary, text) : { lines: [{ label: t.incentiveLabel, costCents: Math.round(n("cost") * 100) }], salesCents: Math.round(n("sales") * 100) },
      // Counted from the logs (formulas) over the plan's QA period, or blank over the event days.
      qa: { ...(qa.status === "linked" ? qa.period : { first: dates[0]!, last: dates[dates.length - 1]! }), reviews: 0, passed: 0, meanScore: null, redLines: 0, topErrors: [] },
      process: { well: [], improve: [] },
      improvements: [],
      followUps: [],
    };
    // Checks the input (checkReviewInput) before anything is written: its errors are in both languages.
    const verdict = reviewVerdict(input, text, linked?.sheet, qa);
    const specs = linked ? linkedReviewSheets(input, locale, { headcount: linked.sheet, ...(linked.summary ? { summary: linked.summary } : {}), qa }) : [buildReviewSheet(input, locale)];
    return { specs, verdict };
  }, [choices, dates, dayRanges, daysError, fields, fromRanges, host, linked, locale, planState, text]);

  const { state, run } = useGenerator(build, remember);
  const labels: Record<FieldKey, string> = { aht: t.aht, answer: t.answerSeconds, targetSl: t.targetSl, passMark: t.passMark, cost: t.incentiveCost, sales: t.sales };
  const rangeLabel = (r: DayRange): string =>
    r === "actual" ? (linked ? format(t.actual, { slots: linked.slots }) : t.actualAny) : r === "onDuty" ? t.onDuty : r === "forecast" ? t.forecast : r === "required" ? t.required : r === "answered" ? t.answered : t.within;
  return (
    <PanelShell id="review" intro={t.intro} state={state} onRun={() => void run()} fileName={`${REVIEW_TEXT[locale].name}.xlsx`}>
      <Field label={t.source}>
        <RadioGroup value={choices.source} onChange={(_e, d) => set("source", d.value)}>
          <Radio value="sample" label={t.sourceSample} />
          <Radio value="ranges" label={t.sourceRanges} />
        </RadioGroup>
      </Field>
      {fromRanges && (
        <>
          <Caption1 data-testid="plan-state">
            {linked ? format(t.linkedPlan, { sheet: linked.sheet, days: linked.dates.length, slots: linked.slots }) : planState.status === "gone" ? format(t.planGone, { sheet: planState.sheet }) : planState.status === "none" ? t.noPlan : ""}
          </Caption1>
          {linked && <Caption1 data-testid="qa-state">{qaLine(linked.qa, text)}</Caption1>}
          {!linked && (
            <Field label={t.eventDays} {...(showErrors && daysError ? { validationMessage: daysError, validationState: "error" as const } : {})}>
              <Input value={choices.days} onChange={(_e, d) => set("days", d.value)} placeholder="2026-11-11" />
            </Field>
          )}
          {dates.map((date, i) => (
            <Field key={i} label={format(t.day, { n: i + 1, date: isoDate(date) })} data-testid={`review-day-${i}`}>
              {dayRanges.map((r) => {
                const key = `${r}${i as 0 | 1 | 2}` as const;
                return <RangeField key={key} label={rangeLabel(r)} value={choices[key]} onChange={(v) => set(key, v)} error={rangeError(key, r)} showErrors={showErrors} holds="numbers" />;
              })}
            </Field>
          ))}
          <Caption1>{t.settings}</Caption1>
          {linked?.summary && <Caption1>{format(t.summaryLinked, { sheet: linked.summary })}</Caption1>}
          {fields.map((k) => (
            <NumberField key={k} label={labels[k]} value={choices[k]} onChange={(v) => set(k, v)} error={fieldError(k)} showErrors={showErrors} />
          ))}
        </>
      )}
    </PanelShell>
  );
}
