/**
 * Money as integer cents (分). Amounts arrive from cells as numbers in yuan; they are read as the
 * exact decimal the user typed ({@link fromNumber}) and rounded to the cent half away from zero.
 */
import { InputError } from "../errors";
import { fromNumber, ratio, toCents, type Ratio } from "./exact";

/** Integer cents from an amount in yuan: 1234.565 → 123457 (half away from zero, as Excel's ROUND). */
export function centsFromYuan(yuan: number): number {
  return toCents(fromNumber(yuan));
}

/** Yuan as a number for a cell: 123457 → 1234.57. */
export function yuanFromCents(cents: number): number {
  return cents / 100;
}

/** Exact yuan of integer cents, for exact arithmetic. */
export function centsToRatio(cents: number): Ratio {
  return ratio(BigInt(cents), 100n);
}

/** True when `cents` is a safe integer (a valid money amount). */
export function isCents(cents: number): boolean {
  return Number.isSafeInteger(cents);
}

const MONEY_TEXT = /^([-+]?)\s*[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?\s*(?:元|CNY|RMB)?$/i;

/**
 * Reads money typed as text: "¥1,234.56", "1234.5", "-20", "88元". More than two decimals are
 * rounded half away from zero to the cent.
 *
 * @throws InputError when the text is not an amount.
 */
export function parseMoney(text: string, name = "amount"): number {
  const m = MONEY_TEXT.exec(text.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    throw new InputError({
      "en-US": `${name} must be an amount of money such as 1,234.56; got "${text}".`,
      "zh-CN": `${name} 必须是金额，例如 1,234.56；当前为“${text}”。`,
    });
  }
  const whole = (m[2] ?? "0").replace(/,/g, "");
  const fraction = m[3] ?? "";
  const exact = ratio(BigInt(`${m[1] === "-" ? "-" : ""}${whole}${fraction}`), 10n ** BigInt(fraction.length));
  return toCents(exact);
}

/** "¥1,234.56" (both locales write CNY this way); negative as "-¥20.00". */
export function formatCents(cents: number): string {
  const negative = cents < 0;
  const abs = BigInt(Math.abs(cents));
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fen = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}¥${yuan}.${fen}`;
}
