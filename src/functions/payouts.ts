/**
 * Custom functions for incentive payouts (namespace CS): tiered commission, statement lines, band
 * scores, attainment and pay curves, scorecards, rank bonuses with tie sharing, largest-remainder
 * splits and proration. Each is a thin wrapper: read arguments (`args.ts`), call `core/payouts`,
 * return money in currency units rounded to the cent. Ids are stored in workbooks: never rename.
 */
import { InputError } from "../core/errors";
import { bandScore } from "../core/payouts/band-score";
import { attainment, payoutFactor } from "../core/payouts/curves";
import { toNumber } from "../core/payouts/exact";
import { centsFromYuan } from "../core/payouts/money";
import { splitUnits } from "../core/payouts/pool-split";
import { prorateCents } from "../core/payouts/proration";
import { rankBonusCents } from "../core/payouts/rank-bonus";
import { weightedScore } from "../core/payouts/scorecard";
import { checkTierTable, tierBreakdown, tieredPayCalculator, tieredPayCents, type TierTable } from "../core/payouts/tiers";
import { asMatrix, broadcast, checkNumber, readBoolean, readChoice, readList, readScalar, type NumberRule } from "./args";
import { excelResult, toExcelMatrix } from "./excel-errors";

const AMOUNT: NumberRule = { name: "amount" };
const RATES: NumberRule = { name: "rates", min: 0 };

function readTierTable(bounds: unknown, rates: unknown): TierTable {
  const table = { bounds: readList(bounds, { name: "bounds" }), rates: readList(rates, RATES) };
  checkTierTable(table);
  return table;
}

const yuan = (cents: number): number => cents / 100;

/**
 * Tiered commission on an amount: marginal (each band at its own rate) or flat (the whole amount at
 * the rate of the highest band reached), optionally capped and with a guaranteed minimum. Rounded
 * to the cent.
 * @customfunction TIERED TIERED
 * @param amount Amount (e.g. sales) or a range of amounts.
 * @param bounds Lower bound of each band, rising (e.g. 0, 10000, 25000).
 * @param rates Rate of each band (e.g. 5%, 7%, 10%).
 * @param [mode] "marginal" (default) or "flat".
 * @param [cap] Most the commission pays (e.g. 5000).
 * @param [floor] Least the commission pays (a guaranteed minimum).
 * @returns The commission for each amount.
 */
export function TIERED(amount: any[][], bounds: any[][], rates: any[][], mode?: any[][], cap?: any[][], floor?: any[][]): any[][] {
  return excelResult(() => {
    const table = readTierTable(bounds, rates);
    const m = readChoice(mode ?? null, "mode", ["marginal", "flat"] as const);
    const capValue = readOptional(cap ?? null, { name: "cap", min: 0 });
    const floorValue = readOptional(floor ?? null, { name: "floor", min: 0 });
    const limits = {
      ...(capValue === null ? {} : { capCents: centsFromYuan(capValue) }),
      ...(floorValue === null ? {} : { floorCents: centsFromYuan(floorValue) }),
    };
    const pay = tieredPayCalculator(table, m, limits); // a cap below the floor fails the whole formula
    return toExcelMatrix(broadcast([{ arg: amount, rule: AMOUNT }], ([a]) => yuan(pay(a!))));
  });
}

/**
 * Statement lines of a marginal tiered commission: one row per band with the amount in the band,
 * its rate and its pay. The pays add up exactly to TIERED.
 * @customfunction TIERBREAKDOWN TIERBREAKDOWN
 * @param amount The amount (one cell).
 * @param bounds Lower bound of each band, rising.
 * @param rates Rate of each band.
 * @returns Rows of amount in band, rate, pay.
 */
export function TIERBREAKDOWN(amount: any[][], bounds: any[][], rates: any[][]): any[][] {
  return excelResult(() => {
    const a = readScalar(amount, AMOUNT);
    const table = readTierTable(bounds, rates);
    return tierBreakdown(a, table).map((line) => [toNumber(line.amountInBand), line.rate, yuan(line.payCents)]);
  });
}

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
      bounds: readList(bounds, { name: "bounds" }),
      scores: readList(scores, { name: "scores" }),
      lowerIsBetter: readBoolean(lower_is_better ?? null, "lower_is_better", false),
    };
    bandScore(0, table); // checks the table once for the whole formula
    return toExcelMatrix(broadcast([{ arg: value, rule: { name: "value" } }], ([v]) => bandScore(v!, table)));
  });
}

/**
 * Attainment = actual ÷ target, optionally capped, and 0 below a threshold (floor).
 * @customfunction ATTAINMENT ATTAINMENT
 * @param actual Actual result or a range.
 * @param target Target (greater than 0) or a range.
 * @param [cap] Highest attainment counted (e.g. 150%).
 * @param [floor] Threshold: attainment below it counts as 0 (e.g. 80%).
 * @returns Attainment as a fraction (format as %).
 */
export function ATTAINMENT(actual: any[][], target: any[][], cap?: any[][], floor?: any[][]): any[][] {
  return excelResult(() => {
    const capValue = readOptional(cap ?? null, { name: "cap", min: 0 });
    const floorValue = readOptional(floor ?? null, { name: "floor", min: 0 });
    const limits = { ...(capValue === null ? {} : { cap: capValue }), ...(floorValue === null ? {} : { floor: floorValue }) };
    attainment(1, 1, limits); // cap below floor fails the whole formula
    return toExcelMatrix(
      broadcast(
        [
          { arg: actual, rule: { name: "actual" } },
          { arg: target, rule: { name: "target", min: 0, minInclusive: false } },
        ],
        ([a, t]) => attainment(a!, t!, limits),
      ),
    );
  });
}

/**
 * Payout factor from a pay curve: 0 below the threshold (first point), linear between points
 * (steeper above target = accelerator), capped at the last point.
 * @customfunction PAYCURVE PAYCURVE
 * @param attainment Attainment or a range (e.g. 110%).
 * @param attainment_points Curve points, rising (e.g. 80%, 100%, 120%).
 * @param payout_points Payout factor at each point (e.g. 50%, 100%, 200%).
 * @returns The payout factor for each attainment.
 */
export function PAYCURVE(attainment: any[][], attainment_points: any[][], payout_points: any[][]): any[][] {
  return excelResult(() => {
    const curve = {
      attainments: readList(attainment_points, { name: "attainment_points" }),
      factors: readList(payout_points, { name: "payout_points", min: 0 }),
    };
    payoutFactor(0, curve);
    return toExcelMatrix(broadcast([{ arg: attainment, rule: { name: "attainment" } }], ([a]) => payoutFactor(a!, curve)));
  });
}

/**
 * Weighted score of KPI scores: Σ weight × score ÷ Σ weight, rounded to 2 decimals. With one row
 * of scores per person (as many columns as weights), one score per row.
 * @customfunction SCORECARD SCORECARD
 * @param scores KPI scores: one row per person, one column per KPI.
 * @param weights Weight of each KPI (e.g. 30%, 20%, …).
 * @returns The weighted score of each row.
 */
export function SCORECARD(scores: any[][], weights: any[][]): any[][] {
  return excelResult(() => {
    const w = readList(weights, { name: "weights", min: 0 });
    const m = asMatrix(scores);
    const rows = m[0]!.length === w.length ? m : [m.flat()];
    return rows.map((row, r) => {
      if (row.length !== w.length) {
        throw new InputError({
          "en-US": `scores must have one column per weight (${w.length}); got ${row.length}.`,
          "zh-CN": `scores 的列数必须与 weights 的个数（${w.length}）相同，当前为 ${row.length}。`,
        });
      }
      if (row.every((v) => v === null || v === "")) return [""];
      const s = row.map((v, c) => checkNumber(v, { name: "scores" }, rows.length === 1 ? `#${c + 1}` : `R${r + 1}C${c + 1}`));
      return [weightedScore(s, w)];
    });
  });
}

/**
 * Commission on own sales less a deduction for returns, each rounded to the cent, never below 0.
 * @customfunction COMMISSION COMMISSION
 * @param sales Sales or a range.
 * @param returns Returned (refunded) sales or a range.
 * @param rate Commission rate (e.g. 2%).
 * @param [return_rate] Deduction rate on returns (default: rate).
 * @returns Net commission for each row.
 */
export function COMMISSION(sales: any[][], returns: any[][], rate: any[][], return_rate?: any[][]): any[][] {
  return excelResult(() => {
    const r = readScalar(rate, { name: "rate", min: 0 });
    const rr = readOptional(return_rate ?? null, { name: "return_rate", min: 0 }) ?? r;
    const one = (amount: number, pct: number): number => tieredPayCents(amount, { bounds: [0], rates: [pct] });
    return toExcelMatrix(
      broadcast(
        [
          { arg: sales, rule: { name: "sales", min: 0 } },
          { arg: returns, rule: { name: "returns", min: 0 } },
        ],
        ([s, ret]) => yuan(Math.max(0, one(s!, r) - one(ret!, rr))),
      ),
    );
  });
}

/**
 * Rank bonus for each value: prizes by place (highest value first unless lowest_first); tied values
 * share the prizes of the places they occupy equally, to the cent. Blank cells are not ranked.
 * @customfunction RANKBONUS RANKBONUS
 * @param values Values to rank (e.g. sales per agent).
 * @param prizes Prize of each place, first place first.
 * @param [lowest_first] TRUE when the smallest value wins (e.g. response time).
 * @returns One bonus per value, in the shape of values.
 */
export function RANKBONUS(values: any[][], prizes: any[][], lowest_first?: any[][]): any[][] {
  return excelResult(() => {
    const prizeCents = readList(prizes, { name: "prizes", min: 0 }).map(centsFromYuan);
    const low = readBoolean(lowest_first ?? null, "lowest_first", false);
    const m = asMatrix(values);
    const cols = m[0]!.length;
    const flat = m.flat().map((v, i) =>
      v === null || v === "" ? null : checkNumber(v, { name: "values" }, cols === 1 ? `#${i + 1}` : `R${Math.floor(i / cols) + 1}C${(i % cols) + 1}`),
    );
    const pay = rankBonusCents(flat, prizeCents, low);
    return m.map((row, r) => row.map((_v, c) => {
      const p = pay[r * cols + c];
      return p === null || p === undefined ? "" : yuan(p);
    }));
  });
}

/**
 * Splits a total by weights so the parts add up to the total exactly (largest remainder: leftover
 * units go to the largest fractional parts, ties to the earlier cell).
 * @customfunction SPLIT SPLIT
 * @param total The amount to split (at most `decimals` decimals).
 * @param weights Weights (zero or more, not all zero).
 * @param [decimals] Decimals of the parts, 0–6 (default 2: cents).
 * @returns One part per weight, in the shape of weights.
 */
export function SPLIT(total: any[][], weights: any[][], decimals?: any[][]): any[][] {
  return excelResult(() => {
    const d = readOptional(decimals ?? null, { name: "decimals", min: 0, max: 6, integer: true }) ?? 2;
    const t = readScalar(total, { name: "total" });
    const scaled = t * 10 ** d;
    const units = Math.round(scaled);
    if (Math.abs(scaled - units) > 1e-6 * Math.max(1, Math.abs(scaled)) || !Number.isSafeInteger(units)) {
      throw new InputError({
        "en-US": `total (${t}) has more than ${d} decimals; round it or raise decimals.`,
        "zh-CN": `total（${t}）的小数位多于 ${d} 位；请先取整或增大 decimals。`,
      });
    }
    const w = readList(weights, { name: "weights", min: 0 });
    const parts = splitUnits(units, w);
    const m = asMatrix(weights);
    const cols = m[0]!.length;
    return m.map((row, r) => row.map((_v, c) => {
      const p = parts[r * cols + c];
      return p === undefined ? "" : p / 10 ** d;
    }));
  });
}

/**
 * Prorates an amount by days worked in a period, counting days inclusively (1 June–31 December of a
 * 365-day year = 214 days). Rounded to the cent.
 * @customfunction PRORATE PRORATE
 * @param amount Amount for the whole period, or a range.
 * @param start First day worked (date) or a range.
 * @param end Last day worked (date) or a range.
 * @param period_start First day of the period (date).
 * @param period_end Last day of the period (date).
 * @returns The prorated amount for each row.
 */
export function PRORATE(amount: any[][], start: any[][], end: any[][], period_start: any[][], period_end: any[][]): any[][] {
  return excelResult(() =>
    toExcelMatrix(
      broadcast(
        [
          { arg: amount, rule: AMOUNT },
          { arg: start, rule: { name: "start", min: 0 } },
          { arg: end, rule: { name: "end", min: 0 } },
          { arg: period_start, rule: { name: "period_start", min: 0 } },
          { arg: period_end, rule: { name: "period_end", min: 0 } },
        ],
        ([a, s, e, ps, pe]) => yuan(prorateCents(a!, s!, e!, ps!, pe!)),
      ),
    ),
  );
}

/** An optional single-cell number: `null` (omitted) or a blank cell → null. */
function readOptional(arg: unknown, rule: NumberRule): number | null {
  const m = asMatrix(arg);
  const v = m.length === 1 && m[0]!.length === 1 ? m[0]![0] : undefined;
  if (v === null || v === "") return null;
  return readScalar(arg, rule);
}
