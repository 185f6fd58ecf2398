/** Maps the spec's {@link CellStyle} to ExcelJS style objects (colours "#RRGGBB" → ARGB). */
import type ExcelJS from "exceljs";
import type { CellStyle, ConditionalStyle } from "../sheets/spec";
import { COLORS } from "../sheets/styles";

/** "#1F4E78" → "FF1F4E78" (opaque ARGB, as ExcelJS wants). */
export function toArgb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`Bad colour "${color}": expected #RRGGBB`);
  return `FF${hex}`;
}

const V_ALIGN = { top: "top", middle: "middle", bottom: "bottom" } as const;

/** The ExcelJS style of a cell (only the parts the spec sets). */
export function toExcelJsStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: toArgb(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
  if (style.vAlign !== undefined) alignment.vertical = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.indent !== undefined) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border !== undefined) {
    const side: Partial<ExcelJS.Border> = { style: style.border, color: { argb: toArgb(COLORS.border) } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  if (style.numFmt !== undefined) out.numFmt = style.numFmt;
  if (style.locked !== undefined) out.protection = { locked: style.locked };
  return out;
}

/** The differential style of a conditional format (a solid fill is `bgColor` in a dxf). */
export function toConditionalStyle(style: ConditionalStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(style.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (style.fontColor !== undefined) font.color = { argb: toArgb(style.fontColor) };
  if (style.bold !== undefined) font.bold = style.bold;
  if (Object.keys(font).length > 0) out.font = font;
  return out;
}
