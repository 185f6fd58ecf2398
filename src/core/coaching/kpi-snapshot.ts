/**
 * The KPI snapshot a coaching prep form shows: the agent's last-period figures as display values.
 * Money stays in integer cents in the domain; the form shows yuan (cents ÷ 100, exact for any
 * realistic amount). Rates are computed on the sheet from their parts, so they follow edits.
 */
import type { KpiSnapshot } from "../team/types";
import type { CoachingStrings } from "../../i18n/coaching";

export type KpiKey = keyof CoachingStrings["kpi"];

export interface KpiLine {
  key: KpiKey;
  /** How the value is shown. */
  format: "money" | "integer" | "percent" | "decimal";
  /** The figure, or null for a rate the sheet computes from two other lines. */
  value: number | null;
  /** For computed rates: numerator ÷ denominator line keys. */
  ratio?: { numerator: KpiKey; denominator: KpiKey };
}

/** The lines in display order; values are null when no snapshot is given (blank form). */
export function kpiSnapshotLines(kpi: KpiSnapshot | null): KpiLine[] {
  const v = <T extends number>(x: T | undefined): number | null => (kpi === null || x === undefined ? null : x);
  return [
    { key: "sales", format: "money", value: kpi === null ? null : kpi.salesCents / 100 },
    { key: "returns", format: "money", value: kpi === null ? null : kpi.returnsCents / 100 },
    { key: "returnRate", format: "percent", value: null, ratio: { numerator: "returns", denominator: "sales" } },
    { key: "inquiries", format: "integer", value: v(kpi?.inquiries) },
    { key: "conversions", format: "integer", value: v(kpi?.conversions) },
    { key: "conversionRate", format: "percent", value: null, ratio: { numerator: "conversions", denominator: "inquiries" } },
    { key: "responseSeconds", format: "integer", value: v(kpi?.responseSeconds) },
    { key: "replyRate", format: "percent", value: v(kpi?.replyRate) },
    { key: "qaScore", format: "decimal", value: v(kpi?.qaScore) },
    { key: "attendance", format: "percent", value: v(kpi?.attendance) },
  ];
}
