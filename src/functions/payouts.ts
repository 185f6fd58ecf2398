/**
 * Custom functions for incentive payouts (namespace CS): tiered commission, statement lines, band
 * scores, attainment and pay curves, scorecards, rank bonuses with tie sharing, largest-remainder
 * splits and proration. Each is a thin wrapper: read arguments (`args.ts`), call `core/payouts`,
 * return money in currency units rounded to the cent. Ids are stored in workbooks: never rename.
 */
import { InputError } from "../core/errors";
import { bandScore } from "../core/payouts/band-score";
import { attainment, payCurveFactor } from "../core/payouts/curves";
import { toNumber } from "../core/payouts/exact";
import { centsFromYuan } from "../core/payouts/money";
import { splitUnits } from "../core/payouts/pool-split";
import { prorateCents } from "../core/payouts/proration";
import { rankBonusCents } from "../core/payouts/rank-bonus";
import { PAYOUT_RULES as R } from "../core/payouts/rules";
import { weightedScore } from "../core/payouts/scorecard";
import { checkTierTable, tierBreakdown, tieredPayCalculator, tieredPayCents, type TierTable } from "../core/payouts/tiers";
import type { LocalizedText } from "../i18n/locale";
import { asMatrix, broadcast, cellValue, checkNumber, readBoolean, readChoice, readList, readScalar } from "./args";
import { excelResult, toExcelMatrix } from "./excel-errors";
import { argRule, type Param, type Params } from "./params";

const note = (en: string, zh: string): LocalizedText => ({ "en-US": en, "zh-CN": zh });

/** Parameters several payout functions share. */
const P = {
  bounds: { en: "Lower bound of each band, rising (e.g. 0, 10000, 25000)", zh: "每一档的起点，从小到大（如 0、10000、25000）", rule: R.money, list: true },
  rates: { en: "Rate of each band (e.g. 5%, 7%, 10%)", zh: "每一档的提成比例（如 5%、7%、10%）", rule: R.rate, list: true },
  cap: { en: "Most the commission pays (e.g. 5000)", zh: "提成上限（如 5000），可省略", rule: R.nonNegativeMoney },
  floor: { en: "Least the commission pays (a guaranteed minimum)", zh: "提成保底金额，可省略", rule: R.nonNegativeMoney },
} as const satisfies Record<string, Param>;

/** Reads a list argument by its declared parameter. */
function list(arg: unknown, name: string, p: Param): number[] {
  return readList(arg, argRule(name, p));
}

/** An optional single-cell number: `null` (omitted) or a blank cell → null. */
function readOptional(arg: unknown, name: string, p: Param): number | null {
  const m = asMatrix(arg);
  const v = m.length === 1 && m[0]!.length === 1 ? cellValue(m[0]![0]) : undefined;
  if (v === null || v === "") return null;
  return readScalar(arg, argRule(name, p));
}

function readTierTable(bounds: unknown, rates: unknown): TierTable {
  const table = { bounds: list(bounds, "bounds", P.bounds), rates: list(rates, "rates", P.rates) };
  checkTierTable(table);
  return table;
}

const yuan = (cents: number): number => cents / 100;

const TIERED_PARAMS = {
  amount: { en: "Amount (e.g. sales) or a range of amounts", zh: "金额（如销售额），可为单元格区域", rule: R.money },
  bounds: P.bounds,
  rates: P.rates,
  mode: { en: '"marginal" (default) or "flat"', zh: '"marginal"（累进，默认）或 "flat"（整体）' },
  cap: P.cap,
  floor: P.floor,
};

/**
 * Tiered commission on an amount: marginal (each band at its own rate) or flat (the whole amount at
 * the rate of the highest band reached), optionally capped and with a guaranteed minimum. Rounded
 * to the cent.
 * @customfunction TIERED TIERED
 * @param amount Amount (e.g. sales) or a range of amounts.
 * @param bounds Lower bound of each band, rising (e.g. 0, 10000, 25000).
 * @param rates Rate of each band (e.g. 5%, 7%, 10%) (each ≥ 0).
 * @param [mode] "marginal" (default) or "flat".
 * @param [cap] Most the commission pays (e.g. 5000) (≥ 0).
 * @param [floor] Least the commission pays (a guaranteed minimum) (≥ 0).
 * @returns The commission for each amount.
 */
export function TIERED(amount: any[][], bounds: any[][], rates: any[][], mode?: any[][], cap?: any[][], floor?: any[][]): any[][] {
  return excelResult(() => {
    const table = readTierTable(bounds, rates);
    const m = readChoice(mode ?? null, "mode", ["marginal", "flat"] as const);
    const capValue = readOptional(cap ?? null, "cap", P.cap);
    const floorValue = readOptional(floor ?? null, "floor", P.floor);
    const limits = {
      ...(capValue === null ? {} : { capCents: centsFromYuan(capValue) }),
      ...(floorValue === null ? {} : { floorCents: centsFromYuan(floorValue) }),
    };
    const pay = tieredPayCalculator(table, m, limits); // a cap below the floor fails the whole formula
    return toExcelMatrix(broadcast([{ arg: amount, rule: argRule("amount", TIERED_PARAMS.amount) }], ([a]) => yuan(pay(a!))));
  });
}

const TIERBREAKDOWN_PARAMS = {
  amount: { en: "The amount (one cell)", zh: "金额（单个单元格）", rule: R.money },
  bounds: P.bounds,
  rates: P.rates,
};

/**
 * Statement lines of a marginal tiered commission: one row per band with the amount in the band,
 * its rate and its pay. The pays add up exactly to TIERED.
 * @customfunction TIERBREAKDOWN TIERBREAKDOWN
 * @param amount The amount (one cell).
 * @param bounds Lower bound of each band, rising (e.g. 0, 10000, 25000).
 * @param rates Rate of each band (e.g. 5%, 7%, 10%) (each ≥ 0).
 * @returns Rows of amount in band, rate, pay.
 */
export function TIERBREAKDOWN(amount: any[][], bounds: any[][], rates: any[][]): any[][] {
  return excelResult(() => {
    const a = readScalar(amount, argRule("amount", TIERBREAKDOWN_PARAMS.amount));
    const table = readTierTable(bounds, rates);
    return tierBreakdown(a, table).map((line) => [toNumber(line.amountInBand), line.rate, yuan(line.payCents)]);
  });
}

const BANDSCORE_PARAMS = {
  value: { en: "KPI value or a range of values", zh: "KPI 数值，可为区域", rule: R.measure },
  bounds: { en: "Band thresholds, rising (e.g. 35%, 40%, 45%)", zh: "各档门槛，从小到大（如 35%、40%、45%）", rule: R.measure, list: true },
  scores: { en: "Score of each threshold (e.g. 60, 80, 100)", zh: "各档对应分数（如 60、80、100）", rule: R.measure, list: true },
  lower_is_better: { en: "TRUE when a smaller value is better (default FALSE)", zh: "数值越小越好时填 TRUE（默认 FALSE）" },
};

/**
 * Points for a KPI by bands: the score of the highest bound reached, or, when lower is better
 * (response time), of the lowest bound not exceeded; 0 outside every band.
 * @customfunction BANDSCORE BANDSCORE
 * @param value KPI value or a range of values.
 * @param bounds Band thresholds, rising (e.g. 35%, 40%, 45%).
 * @param scores Score of each threshold (e.g. 60, 80, 100).
 * @param [lower_is_better] TRUE when a smaller value is better (default FALSE).
 * @returns The score for each value.
 */
export function BANDSCORE(value: any[][], bounds: any[][], scores: any[][], lower_is_better?: any[][]): any[][] {
  return excelResult(() => {
    const table = {
      bounds: list(bounds, "bounds", BANDSCORE_PARAMS.bounds),
      scores: list(scores, "scores", BANDSCORE_PARAMS.scores),
      lowerIsBetter: readBoolean(lower_is_better ?? null, "lower_is_better", false),
    };
    bandScore(0, table); // checks the table once for the whole formula
    return toExcelMatrix(broadcast([{ arg: value, rule: argRule("value", BANDSCORE_PARAMS.value) }], ([v]) => bandScore(v!, table)));
  });
}

const ATTAINMENT_PARAMS = {
  actual: { en: "Actual result or a range", zh: "实际完成值，可为区域", rule: R.measure },
  target: { en: "Target or a range", zh: "目标值，可为区域", rule: R.target },
  cap: { en: "Highest attainment counted (e.g. 150%)", zh: "完成率封顶（如 150%），可省略", rule: R.weight },
  floor: { en: "Threshold: attainment below it counts as 0 (e.g. 80%)", zh: "门槛：低于此完成率按 0 计（如 80%），可省略", rule: R.weight },
};

/**
 * Attainment = actual ÷ target, optionally capped, and 0 below a threshold (floor).
 * @customfunction ATTAINMENT ATTAINMENT
 * @param actual Actual result or a range.
 * @param target Target or a range (> 0).
 * @param [cap] Highest attainment counted (e.g. 150%) (≥ 0).
 * @param [floor] Threshold: attainment below it counts as 0 (e.g. 80%) (≥ 0).
 * @returns Attainment as a fraction (format as %).
 */
export function ATTAINMENT(actual: any[][], target: any[][], cap?: any[][], floor?: any[][]): any[][] {
  return excelResult(() => {
    const capValue = readOptional(cap ?? null, "cap", ATTAINMENT_PARAMS.cap);
    const floorValue = readOptional(floor ?? null, "floor", ATTAINMENT_PARAMS.floor);
    const limits = { ...(capValue === null ? {} : { cap: capValue }), ...(floorValue === null ? {} : { floor: floorValue }) };
    attainment(1, 1, limits); // cap below floor fails the whole formula
    return toExcelMatrix(
      broadcast(
        [
          { arg: actual, rule: argRule("actual", ATTAINMENT_PARAMS.actual) },
          { arg: target, rule: argRule("target", ATTAINMENT_PARAMS.target) },
        ],
        ([a, t]) => attainment(a!, t!, limits),
      ),
    );
  });
}

/** Most points a pay curve may have: far beyond any plan, and keeps a formula instant. */
const MAX_CURVE_POINTS = 1000;

const PAYCURVE_PARAMS = {
  attainment: { en: "Attainment or a range (e.g. 110%)", zh: "完成率，可为区域（如 110%）", rule: R.measure },
  attainment_points: {
    en: "Curve points, rising (e.g. 80%, 100%, 120%)",
    zh: "曲线上的完成率点，从小到大（如 80%、100%、120%）",
    rule: R.measure,
    list: true,
    note: note(`At most ${MAX_CURVE_POINTS} points.`, `最多 ${MAX_CURVE_POINTS} 个点。`),
  },
  payout_points: { en: "Payout factor at each point (e.g. 50%, 100%, 200%)", zh: "各点的奖金系数（如 50%、100%、200%）", rule: R.rate, list: true },
};

/**
 * Payout factor from a pay curve: 0 below the threshold (first point), linear between points
 * (steeper above target = accelerator), capped at the last point.
 * @customfunction PAYCURVE PAYCURVE
 * @param attainment Attainment or a range (e.g. 110%).
 * @param attainment_points Curve points, rising (e.g. 80%, 100%, 120%). At most 1000 points.
 * @param payout_points Payout factor at each point (e.g. 50%, 100%, 200%) (each ≥ 0).
 * @returns The payout factor for each attainment.
 */
export function PAYCURVE(attainment: any[][], attainment_points: any[][], payout_points: any[][]): any[][] {
  return excelResult(() => {
    const points = asMatrix(attainment_points).length * asMatrix(attainment_points)[0]!.length;
    if (points > MAX_CURVE_POINTS) {
      throw new InputError({
        "en-US": `attainment_points has ${points} cells; a pay curve takes at most ${MAX_CURVE_POINTS} points.`,
        "zh-CN": `attainment_points 有 ${points} 个单元格；奖金曲线最多 ${MAX_CURVE_POINTS} 个点。`,
      });
    }
    const factorOf = payCurveFactor({
      attainments: list(attainment_points, "attainment_points", PAYCURVE_PARAMS.attainment_points),
      factors: list(payout_points, "payout_points", PAYCURVE_PARAMS.payout_points),
    });
    return toExcelMatrix(broadcast([{ arg: attainment, rule: argRule("attainment", PAYCURVE_PARAMS.attainment) }], ([a]) => factorOf(a!)));
  });
}

const SCORECARD_PARAMS = {
  scores: { en: "KPI scores: one row per person, one column per KPI", zh: "各项 KPI 得分：每人一行、每项一列", rule: R.measure, list: true },
  weights: { en: "Weight of each KPI (e.g. 30%, 20%, …)", zh: "各项 KPI 的权重（如 30%、20%…）", rule: R.weight, list: true },
};

/**
 * Weighted score of KPI scores: Σ weight × score ÷ Σ weight, rounded to 2 decimals. With one row
 * of scores per person (as many columns as weights), one score per row.
 * @customfunction SCORECARD SCORECARD
 * @param scores KPI scores: one row per person, one column per KPI.
 * @param weights Weight of each KPI (e.g. 30%, 20%, …) (each ≥ 0).
 * @returns The weighted score of each row.
 */
export function SCORECARD(scores: any[][], weights: any[][]): any[][] {
  return excelResult(() => {
    const w = list(weights, "weights", SCORECARD_PARAMS.weights);
    const scoreRule = argRule("scores", SCORECARD_PARAMS.scores);
    const m = asMatrix(scores).map((row) => row.map(cellValue));
    const rows = m[0]!.length === w.length ? m : [m.flat()];
    return rows.map((row, r) => {
      if (row.length !== w.length) {
        throw new InputError({
          "en-US": `scores must have one column per weight (${w.length}); got ${row.length}.`,
          "zh-CN": `scores 的列数必须与 weights 的个数（${w.length}）相同，当前为 ${row.length}。`,
        });
      }
      if (row.every((v) => v === null || v === "")) return [""];
      const s = row.map((v, c) => checkNumber(v, scoreRule, rows.length === 1 ? `#${c + 1}` : `R${r + 1}C${c + 1}`));
      return [weightedScore(s, w)];
    });
  });
}

const COMMISSION_PARAMS = {
  sales: { en: "Sales or a range", zh: "销售额，可为区域", rule: R.nonNegativeMoney },
  returns: { en: "Returned (refunded) sales or a range", zh: "退货（退款）金额，可为区域", rule: R.nonNegativeMoney },
  rate: { en: "Commission rate (e.g. 2%)", zh: "提成比例（如 2%）", rule: R.rate },
  return_rate: { en: "Deduction rate on returns (default: rate)", zh: "退货扣减比例（默认与 rate 相同）", rule: R.rate },
};

/**
 * Commission on own sales less a deduction for returns, each rounded to the cent, never below 0.
 * @customfunction COMMISSION COMMISSION
 * @param sales Sales or a range (≥ 0).
 * @param returns Returned (refunded) sales or a range (≥ 0).
 * @param rate Commission rate (e.g. 2%) (≥ 0).
 * @param [return_rate] Deduction rate on returns (default: rate) (≥ 0).
 * @returns Net commission for each row.
 */
export function COMMISSION(sales: any[][], returns: any[][], rate: any[][], return_rate?: any[][]): any[][] {
  return excelResult(() => {
    const r = readScalar(rate, argRule("rate", COMMISSION_PARAMS.rate));
    const rr = readOptional(return_rate ?? null, "return_rate", COMMISSION_PARAMS.return_rate) ?? r;
    const one = (amount: number, pct: number): number => tieredPayCents(amount, { bounds: [0], rates: [pct] });
    return toExcelMatrix(
      broadcast(
        [
          { arg: sales, rule: argRule("sales", COMMISSION_PARAMS.sales) },
          { arg: returns, rule: argRule("returns", COMMISSION_PARAMS.returns) },
        ],
        ([s, ret]) => yuan(Math.max(0, one(s!, r) - one(ret!, rr))),
      ),
    );
  });
}

const RANKBONUS_PARAMS = {
  values: { en: "Values to rank (e.g. sales per agent)", zh: "参与排名的数值（如每位客服的销售额）", rule: R.measure, list: true },
  prizes: { en: "Prize of each place, first place first", zh: "各名次奖金，第一名在前", rule: R.nonNegativeMoney, list: true },
  lowest_first: { en: "TRUE when the smallest value wins (e.g. response time)", zh: "数值越小越靠前时填 TRUE（如响应时长）" },
};

/**
 * Rank bonus for each value: prizes by place (highest value first unless lowest_first); tied values
 * share the prizes of the places they occupy equally, to the cent. Blank cells are not ranked.
 * @customfunction RANKBONUS RANKBONUS
 * @param values Values to rank (e.g. sales per agent).
 * @param prizes Prize of each place, first place first (each ≥ 0).
 * @param [lowest_first] TRUE when the smallest value wins (e.g. response time).
 * @returns One bonus per value, in the shape of values.
 */
export function RANKBONUS(values: any[][], prizes: any[][], lowest_first?: any[][]): any[][] {
  return excelResult(() => {
    const prizeCents = list(prizes, "prizes", RANKBONUS_PARAMS.prizes).map(centsFromYuan);
    const low = readBoolean(lowest_first ?? null, "lowest_first", false);
    const valueRule = argRule("values", RANKBONUS_PARAMS.values);
    const m = asMatrix(values);
    const cols = m[0]!.length;
    const flat = m.flat().map(cellValue).map((v, i) =>
      v === null || v === "" ? null : checkNumber(v, valueRule, cols === 1 ? `#${i + 1}` : `R${Math.floor(i / cols) + 1}C${(i % cols) + 1}`),
    );
    const pay = rankBonusCents(flat, prizeCents, low);
    return m.map((row, r) => row.map((_v, c) => {
      const p = pay[r * cols + c];
      return p === null || p === undefined ? "" : yuan(p);
    }));
  });
}

const SPLIT_PARAMS = {
  total: { en: "The amount to split, with at most `decimals` decimals", zh: "要拆分的总额，小数位不超过 decimals", rule: R.money },
  weights: { en: "Weights, not all zero", zh: "权重，不能全为 0", rule: R.weight, list: true },
  decimals: { en: "Decimals of the parts (2: cents)", zh: "结果的小数位数（2 即到分）", rule: R.decimals, default: 2 },
};

/**
 * Splits a total by weights so the parts add up to the total exactly (largest remainder: leftover
 * units go to the largest fractional parts, ties to the earlier cell).
 * @customfunction SPLIT SPLIT
 * @param total The amount to split, with at most `decimals` decimals.
 * @param weights Weights, not all zero (each ≥ 0).
 * @param [decimals] Decimals of the parts (2: cents) (whole number 0 to 6). Default 2.
 * @returns One part per weight, in the shape of weights.
 */
export function SPLIT(total: any[][], weights: any[][], decimals?: any[][]): any[][] {
  return excelResult(() => {
    const d = readOptional(decimals ?? null, "decimals", SPLIT_PARAMS.decimals) ?? 2;
    const t = readScalar(total, argRule("total", SPLIT_PARAMS.total));
    const scaled = t * 10 ** d;
    const units = Math.round(scaled);
    if (!Number.isSafeInteger(units)) {
      throw new InputError({
        "en-US": `total (${t}) has ${Math.abs(units).toExponential(2)} units of 10^-${d}: too many to split exactly; lower decimals.`,
        "zh-CN": `total（${t}）按 ${d} 位小数计为 ${Math.abs(units).toExponential(2)} 个单位，过多而无法精确拆分；请减小 decimals。`,
      });
    }
    if (Math.abs(scaled - units) > 1e-6 * Math.max(1, Math.abs(scaled))) {
      throw new InputError({
        "en-US": `total (${t}) has more than ${d} decimals; round it or raise decimals.`,
        "zh-CN": `total（${t}）的小数位多于 ${d} 位；请先取整或增大 decimals。`,
      });
    }
    const w = list(weights, "weights", SPLIT_PARAMS.weights);
    const parts = splitUnits(units, w);
    const m = asMatrix(weights);
    const cols = m[0]!.length;
    return m.map((row, r) => row.map((_v, c) => {
      const p = parts[r * cols + c];
      return p === undefined ? "" : p / 10 ** d;
    }));
  });
}

const PRORATE_PARAMS = {
  amount: { en: "Amount for the whole period, or a range", zh: "整个周期的金额，可为区域", rule: R.money },
  start: { en: "First day worked, or a range", zh: "开始在岗日期，可为区域", rule: R.date },
  end: { en: "Last day worked, or a range", zh: "最后在岗日期，可为区域", rule: R.date },
  period_start: { en: "First day of the period", zh: "周期第一天", rule: R.date },
  period_end: { en: "Last day of the period", zh: "周期最后一天", rule: R.date },
};

/**
 * Prorates an amount by days worked in a period, counting days inclusively (1 June–31 December of a
 * 365-day year = 214 days). Rounded to the cent.
 * @customfunction PRORATE PRORATE
 * @param amount Amount for the whole period, or a range.
 * @param start First day worked, or a range (a date from 1900-01-01 to 9999-12-31 (a blank date is not a date)).
 * @param end Last day worked, or a range (a date from 1900-01-01 to 9999-12-31 (a blank date is not a date)).
 * @param period_start First day of the period (a date from 1900-01-01 to 9999-12-31 (a blank date is not a date)).
 * @param period_end Last day of the period (a date from 1900-01-01 to 9999-12-31 (a blank date is not a date)).
 * @returns The prorated amount for each row.
 */
export function PRORATE(amount: any[][], start: any[][], end: any[][], period_start: any[][], period_end: any[][]): any[][] {
  const args = { amount, start, end, period_start, period_end };
  return excelResult(() =>
    toExcelMatrix(
      broadcast(
        Object.entries(PRORATE_PARAMS).map(([name, p]) => ({ arg: args[name as keyof typeof args], rule: argRule(name, p) })),
        ([a, s, e, ps, pe]) => yuan(prorateCents(a!, s!, e!, ps!, pe!)),
      ),
    ),
  );
}

/** Every payout function's declared parameters, by id: the source of its help in both languages. */
export const FUNCTION_PARAMS: Readonly<Record<string, Params>> = {
  TIERED: TIERED_PARAMS,
  TIERBREAKDOWN: TIERBREAKDOWN_PARAMS,
  BANDSCORE: BANDSCORE_PARAMS,
  ATTAINMENT: ATTAINMENT_PARAMS,
  PAYCURVE: PAYCURVE_PARAMS,
  SCORECARD: SCORECARD_PARAMS,
  COMMISSION: COMMISSION_PARAMS,
  RANKBONUS: RANKBONUS_PARAMS,
  SPLIT: SPLIT_PARAMS,
  PRORATE: PRORATE_PARAMS,
};
