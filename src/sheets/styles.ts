/**
 * The shared look of every generated sheet, so QA, coaching, payout and roster sheets read as one
 * product: inputs are pale yellow and unlocked, formulas grey-blue and locked, headers dark.
 */
import type { CellStyle } from "./spec";

export const COLORS = {
  headerFill: "#1F4E78",
  headerText: "#FFFFFF",
  subHeaderFill: "#DDEBF7",
  inputFill: "#FFF9DB",
  formulaFill: "#F2F2F2",
  title: "#1F4E78",
  good: "#C6EFCE",
  goodText: "#006100",
  warn: "#FFEB9C",
  warnText: "#9C5700",
  bad: "#FFC7CE",
  badText: "#9C0006",
  work: "#9BC2E6",
  meal: "#F4B084",
  break: "#FFE699",
  off: "#FFFFFF",
  border: "#BFBFBF",
} as const;

export const STYLES = {
  title: { bold: true, fontSize: 16, fontColor: COLORS.title } satisfies CellStyle,
  subtitle: { italic: true, fontColor: "#595959" } satisfies CellStyle,
  header: {
    bold: true,
    fill: COLORS.headerFill,
    fontColor: COLORS.headerText,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: "thin",
  } satisfies CellStyle,
  subHeader: { bold: true, fill: COLORS.subHeaderFill, border: "thin", wrap: true, vAlign: "middle" } satisfies CellStyle,
  label: { bold: true, fill: COLORS.subHeaderFill, border: "thin", vAlign: "middle", wrap: true } satisfies CellStyle,
  /** A cell the user fills in: unlocked, pale yellow. */
  input: { fill: COLORS.inputFill, border: "thin", locked: false, vAlign: "top", wrap: true } satisfies CellStyle,
  /** A computed cell: locked, light grey. */
  computed: { fill: COLORS.formulaFill, border: "thin" } satisfies CellStyle,
  text: { wrap: true, vAlign: "top" } satisfies CellStyle,
  note: { italic: true, fontColor: "#595959", wrap: true, vAlign: "top" } satisfies CellStyle,
} as const;

export const FORMATS = {
  date: "yyyy-mm-dd",
  time: "hh:mm",
  dateTime: "yyyy-mm-dd hh:mm",
  percent: "0.0%",
  percent0: "0%",
  money: "#,##0.00",
  integer: "0",
  decimal1: "0.0",
  decimal2: "0.00",
} as const;

/**
 * The style a writer applies: an unlocked cell with no fill of its own gets the input look (pale
 * yellow, thin border), so users see where to type even if a generator forgot to say so.
 */
export function effectiveStyle(style: CellStyle | undefined): CellStyle | undefined {
  if (style?.locked !== false || style.fill !== undefined) return style;
  return { ...style, fill: COLORS.inputFill, border: style.border ?? "thin" };
}
