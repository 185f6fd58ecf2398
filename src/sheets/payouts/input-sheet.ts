/**
 * The input sheet: one row per agent with the period's figures (editable, validated: no negative
 * amounts, rates 0–100 %, QA 0–100, whole counts).
 */
import type { PayoutInput } from "../../core/payouts/statement";
import { STAGE_KEYS } from "../../core/payouts/plan";
import { PAYOUT_STRINGS } from "../../i18n/payouts";
import type { Locale } from "../../i18n/locale";
import { SheetBuilder } from "../builder";
import type { SheetSpec, ValidationRule } from "../spec";
import { widthForWords } from "../row-heights";
import { COLORS, FORMATS, STYLES } from "../styles";
import { PAYOUT_SHEET_IDS } from "./ids";

/** Column of each input (0-based); data rows start at {@link INPUT_FIRST_ROW}. */
export const INPUT_COL = {
  id: 0,
  name: 1,
  team: 2,
  target: 3,
  sales: 4,
  returns: 5,
  inquiries: 6,
  conversions: 7,
  responseSeconds: 8,
  replyRate: 9,
  qaScore: 10,
  attendance: 11,
  training: 12,
  preSale: 13,
  event: 14,
  afterSale: 15,
} as const;

export const INPUT_HEADER_ROW = 2;
export const INPUT_FIRST_ROW = 3;

/** `blankFigures`: write names and IDs only (people from the user's own list, whose figures Kefu Kit does not know). */
export function buildInputSheet(inputs: readonly PayoutInput[], locale: Locale, blankFigures = false): SheetSpec {
  const s = PAYOUT_STRINGS[locale];
  const b = new SheetBuilder(PAYOUT_SHEET_IDS.inputs, s.inputSheet);
  const headers = [
    s.id, s.name, s.team, s.target, s.sales, s.returns, s.inquiries, s.conversions,
    s.responseSeconds, s.replyRate, s.qaScore, s.attendance,
    ...STAGE_KEYS.map((k) => s[`points_${k}`]),
  ];
  // Wide enough for each header's longest word: English headers must not break mid-word.
  const widths = [8, 14, 12, 14, 14, 12, 10, 10, 12, 10, 9, 10, 11, 11, 11, 11].map((w, c) => Math.max(w, widthForWords(headers[c] ?? "")));
  b.tabColor(COLORS.inputFill).widths(0, widths);
  b.value(0, 0, s.inputTitle, STYLES.title).value(1, 0, s.inputHelp, STYLES.subtitle);
  b.row(INPUT_HEADER_ROW, 0, headers, STYLES.header);
  const money = { numFmt: FORMATS.money };
  const pct = { numFmt: FORMATS.percent };
  const whole = { numFmt: FORMATS.integer };
  inputs.forEach((x, i) => {
    const r = INPUT_FIRST_ROW + i;
    // Blank figures: empty input cells (formatted, validated) for the user to fill in.
    const v = (n: number) => (blankFigures ? null : n);
    b.input(r, INPUT_COL.id, x.id).input(r, INPUT_COL.name, x.name).input(r, INPUT_COL.team, x.team);
    b.input(r, INPUT_COL.target, v(x.targetCents / 100), money);
    b.input(r, INPUT_COL.sales, v(x.salesCents / 100), money);
    b.input(r, INPUT_COL.returns, v(x.returnsCents / 100), money);
    b.input(r, INPUT_COL.inquiries, v(x.inquiries), whole).input(r, INPUT_COL.conversions, v(x.conversions), whole);
    b.input(r, INPUT_COL.responseSeconds, v(x.responseSeconds), { numFmt: FORMATS.decimal1 });
    b.input(r, INPUT_COL.replyRate, v(x.replyRate), pct).input(r, INPUT_COL.qaScore, v(x.qaScore), { numFmt: FORMATS.decimal1 });
    b.input(r, INPUT_COL.attendance, v(x.attendance), pct);
    STAGE_KEYS.forEach((k) => b.input(r, INPUT_COL[k], v(x.stagePoints[k]), whole));
  });
  const last = INPUT_FIRST_ROW + Math.max(inputs.length, 1) - 1;
  const rule = (left: number, right: number, r: ValidationRule, error: string): void => {
    b.validate({ range: { top: INPUT_FIRST_ROW, left, bottom: last, right }, rule: r, allowBlank: false, errorTitle: s.validationTitle, error });
  };
  rule(INPUT_COL.target, INPUT_COL.target, { type: "decimal", min: 0.01 }, s.positive);
  rule(INPUT_COL.sales, INPUT_COL.returns, { type: "decimal", min: 0 }, s.nonNegative);
  rule(INPUT_COL.inquiries, INPUT_COL.conversions, { type: "whole", min: 0 }, s.wholeNumber);
  rule(INPUT_COL.responseSeconds, INPUT_COL.responseSeconds, { type: "decimal", min: 0 }, s.nonNegative);
  rule(INPUT_COL.replyRate, INPUT_COL.replyRate, { type: "decimal", min: 0, max: 1 }, s.percent);
  rule(INPUT_COL.qaScore, INPUT_COL.qaScore, { type: "decimal", min: 0, max: 100 }, s.qaRange);
  rule(INPUT_COL.attendance, INPUT_COL.attendance, { type: "decimal", min: 0, max: 1 }, s.percent);
  rule(INPUT_COL.training, INPUT_COL.afterSale, { type: "whole", min: 0 }, s.wholeNumber);
  b.freeze(INPUT_FIRST_ROW, 2).protect().print({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: INPUT_HEADER_ROW, last: INPUT_HEADER_ROW } });
  return b.build();
}
