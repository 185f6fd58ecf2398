/**
 * The headcount sheet the Staffing panel writes: parameters as input cells, one row per slot with
 * the volume and the `CS.*` formulas that turn it into agents, totals and a chart.
 *
 * This is the one generated sheet that uses `CS.*` functions — on purpose: inside Excel the sheet
 * stays live (edit a volume or a parameter and the headcount follows), which needs the add-in. For
 * a file that must open anywhere (the preview download) pass `computed` and the same layout is
 * written with the numbers instead of the formulas.
 */
import type { Locale } from "../../i18n/locale";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { SheetBuilder } from "../builder";
import { a1, type SheetSpec } from "../spec";
import { FORMATS, STYLES } from "../styles";

export type StaffingModel = "erlangC" | "erlangA" | "chat" | "capacity";

export const STAFFING_MODELS: readonly StaffingModel[] = ["erlangC", "erlangA", "chat", "capacity"];

/** Parameters in the units the custom functions take (seconds, fractions 0–1). */
export interface StaffingParams {
  intervalSeconds: number;
  ahtSeconds: number;
  /** Target service level, fraction 0–1. */
  targetServiceLevel: number;
  answerSeconds: number;
  /** Fraction 0–1 of paid time not on the queue. */
  shrinkage: number;
  /** Erlang C only: occupancy cap, fraction 0–1. */
  maxOccupancy: number;
  /** Erlang A only. */
  patienceSeconds: number;
  /** Chat only: simultaneous chats per agent. */
  concurrency: number;
  /** Capacity only: chats one agent handles per hour. */
  chatsPerAgentHour: number;
  /** Capacity only: share the bot resolves, fraction 0–1. */
  automationRate: number;
}

export interface StaffingSheetInput {
  model: StaffingModel;
  /** Volume per slot (chats or calls arriving in the slot). */
  volumes: readonly number[];
  params: StaffingParams;
}

/** Numbers per slot for the static (no add-in) variant. */
export interface StaffingValues {
  traffic?: readonly number[];
  required: readonly number[];
  scheduled: readonly number[];
}

type ParamKey = keyof StaffingParams;

/** Which parameters each model reads, in the order they are listed on the sheet. */
export const MODEL_PARAMS: Readonly<Record<StaffingModel, readonly ParamKey[]>> = {
  erlangC: ["intervalSeconds", "ahtSeconds", "targetServiceLevel", "answerSeconds", "maxOccupancy", "shrinkage"],
  erlangA: ["intervalSeconds", "ahtSeconds", "patienceSeconds", "targetServiceLevel", "answerSeconds", "shrinkage"],
  chat: ["intervalSeconds", "ahtSeconds", "concurrency", "targetServiceLevel", "answerSeconds", "shrinkage"],
  capacity: ["intervalSeconds", "chatsPerAgentHour", "automationRate", "shrinkage"],
};

const PERCENT_PARAMS: ReadonlySet<ParamKey> = new Set(["targetServiceLevel", "shrinkage", "maxOccupancy", "automationRate"]);

/** Layout: parameters from row 3, the slot table's header row, its first data row. */
export const PARAM_ROW = 3;
export const TABLE_HEADER_ROW = 11;
const FIRST_DATA_ROW = TABLE_HEADER_ROW + 1;

function paramLabel(key: ParamKey, locale: Locale): string {
  const s = TASKPANE_TEXT[locale].staffing;
  const labels: Record<ParamKey, string> = {
    intervalSeconds: TASKPANE_TEXT[locale].staffingSheet.intervalSeconds,
    ahtSeconds: s.aht,
    targetServiceLevel: s.targetSl,
    answerSeconds: s.answerSeconds,
    shrinkage: s.shrinkage,
    maxOccupancy: s.maxOccupancy,
    patienceSeconds: s.patience,
    concurrency: s.concurrency,
    chatsPerAgentHour: s.perAgentHour,
    automationRate: s.automation,
  };
  // Percent parameters are stored as fractions with a % format: drop the "(%)" unit from the label.
  return labels[key].replace(/\s*[（(]%[)）]\s*$/, "");
}

export function modelName(model: StaffingModel, locale: Locale): string {
  const s = TASKPANE_TEXT[locale].staffing;
  return { erlangC: s.modelErlangC, erlangA: s.modelErlangA, chat: s.modelChat, capacity: s.modelCapacity }[model];
}

/** The `CS.*` formula for agents needed in the data row `row` (0-based), given parameter cells. */
export function requiredFormula(model: StaffingModel, row: number, cell: (key: ParamKey) => string): string {
  const volume = a1(row, 1);
  const p = (keys: ParamKey[]) => keys.map(cell).join(",");
  switch (model) {
    case "erlangC":
      return `CS.AGENTS(${volume},${p(["ahtSeconds", "targetServiceLevel", "answerSeconds", "intervalSeconds", "maxOccupancy"])})`;
    case "erlangA":
      return `CS.AGENTSA(${volume},${p(["ahtSeconds", "patienceSeconds", "targetServiceLevel", "answerSeconds", "intervalSeconds"])})`;
    case "chat":
      return `CS.CHATAGENTS(${volume},${p(["ahtSeconds", "concurrency", "targetServiceLevel", "answerSeconds", "intervalSeconds"])})`;
    case "capacity":
      return `CS.CAPACITYAGENTS(${volume},${p(["chatsPerAgentHour", "intervalSeconds", "automationRate"])})`;
  }
}

/** Builds the headcount sheet; with `computed` the formulas are replaced by those numbers. */
export function buildStaffingSheet(input: StaffingSheetInput, locale: Locale, computed?: StaffingValues): SheetSpec {
  const t = TASKPANE_TEXT[locale].staffingSheet;
  const { model, volumes, params } = input;
  const b = new SheetBuilder("staffing", t.name);
  b.value(0, 0, t.title, STYLES.title).merge(0, 0, 0, 4);
  b.value(1, 0, t.modelLabel, STYLES.label).value(1, 1, modelName(model, locale)).merge(1, 1, 1, 4);
  b.value(PARAM_ROW - 1, 0, t.parameters, STYLES.subHeader).merge(PARAM_ROW - 1, 0, PARAM_ROW - 1, 1);
  // Below the (at most six) parameters, above the table.
  if (computed) b.value(TABLE_HEADER_ROW - 2, 0, t.staticNote, STYLES.note).merge(TABLE_HEADER_ROW - 2, 0, TABLE_HEADER_ROW - 2, 4);

  const keys = MODEL_PARAMS[model];
  const cellOf = new Map<ParamKey, string>();
  keys.forEach((key, i) => {
    const row = PARAM_ROW + i;
    b.value(row, 0, paramLabel(key, locale), STYLES.label);
    b.input(row, 1, params[key], PERCENT_PARAMS.has(key) ? { numFmt: FORMATS.percent } : { numFmt: "0" });
    cellOf.set(key, a1(row, 1, true));
  });
  const cell = (key: ParamKey): string => cellOf.get(key) ?? String(params[key]);

  const hasTraffic = model !== "capacity";
  const headers = [t.slot, t.volume, t.required, t.scheduled, ...(hasTraffic ? [t.traffic] : [])];
  b.row(TABLE_HEADER_ROW, 0, headers, STYLES.header);
  const lastRow = FIRST_DATA_ROW + volumes.length - 1;
  volumes.forEach((volume, i) => {
    const row = FIRST_DATA_ROW + i;
    b.value(row, 0, (i * params.intervalSeconds) / 86_400, { ...STYLES.computed, numFmt: FORMATS.time });
    b.input(row, 1, volume, { numFmt: "0" });
    const style = { ...STYLES.computed, numFmt: "0" };
    if (computed) {
      b.value(row, 2, computed.required[i] ?? null, style);
      b.value(row, 3, computed.scheduled[i] ?? null, style);
      if (hasTraffic) b.value(row, 4, computed.traffic?.[i] ?? null, { ...STYLES.computed, numFmt: FORMATS.decimal2 });
    } else {
      b.formula(row, 2, requiredFormula(model, row, cell), style);
      b.formula(row, 3, `CS.SCHEDULED(${a1(row, 2)},${cell("shrinkage")})`, style);
      if (hasTraffic) b.formula(row, 4, `CS.TRAFFIC(${a1(row, 1)},${cell("ahtSeconds")},${cell("intervalSeconds")})`, { ...STYLES.computed, numFmt: FORMATS.decimal2 });
    }
  });
  // Totals: plain native functions over the computed columns (they calculate anywhere).
  const scheduledRange = `${a1(FIRST_DATA_ROW, 3)}:${a1(lastRow, 3)}`;
  b.value(PARAM_ROW, 3, t.peak, STYLES.label).formula(PARAM_ROW, 4, `MAX(${scheduledRange})`, { ...STYLES.computed, numFmt: "0" });
  b.value(PARAM_ROW + 1, 3, t.agentHours, STYLES.label).formula(
    PARAM_ROW + 1,
    4,
    `SUM(${scheduledRange})*${cell("intervalSeconds")}/3600`,
    { ...STYLES.computed, numFmt: FORMATS.decimal1 },
  );
  // Wide enough for the longest parameter label on one line; two-line headers get the height they need.
  b.widths(0, [40, 14, 16, 24, 16]);
  b.height(TABLE_HEADER_ROW, 36);
  b.freeze(FIRST_DATA_ROW, 1);
  b.chart({
    type: "line",
    title: t.chart,
    source: { top: TABLE_HEADER_ROW, left: 0, bottom: lastRow, right: 2 },
    seriesBy: "columns",
    anchor: { row: TABLE_HEADER_ROW, col: 6, widthCols: 9, heightRows: 20 },
  });
  b.print({ paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: { first: TABLE_HEADER_ROW, last: TABLE_HEADER_ROW } });
  return b.build();
}
