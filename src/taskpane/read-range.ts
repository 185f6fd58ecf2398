/** Reads a range the user named; a failure becomes one plain sentence in the pane's language. */
import { format } from "../i18n/locale";
import type { TaskpaneText } from "../i18n/taskpane";
import { parseAddress } from "./host/range-address";
import { MAX_RANGE_CELLS, RangeReadError } from "./host/range-error";
import type { RangeValues, WorkbookHost } from "./host/workbook-host";
import { PlainMessage } from "./use-generator";

/** Office.js error codes that mean "no such sheet" / "not an address" (its messages are in Office's language, not the pane's). */
function officeCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function unreadableRange(e: unknown, text: TaskpaneText, address = ""): string {
  const t = text.common;
  if (e instanceof RangeReadError) {
    const p = e.problem;
    if (p.kind === "noSheet") return format(t.rangeNoSheet, { sheet: p.sheet });
    if (p.kind === "tooLarge") return format(t.rangeTooLarge, { cells: p.cells.toLocaleString("en-US"), max: MAX_RANGE_CELLS.toLocaleString("en-US") });
    return t.rangeAddress;
  }
  const code = officeCode(e);
  if (code === "ItemNotFound") return format(t.rangeNoSheet, { sheet: parseAddress(address)?.sheet ?? address });
  if (code === "InvalidArgument") return t.rangeAddress;
  return format(t.rangeUnreadable, { message: e instanceof Error ? e.message : String(e) });
}

export function readUserRange(host: WorkbookHost, address: string, text: TaskpaneText): Promise<RangeValues> {
  return host.readRange(address).catch((e: unknown) => {
    throw new PlainMessage(unreadableRange(e, text, address));
  });
}

/**
 * A number column read from whole columns (`B:B`) starts at row 1, usually a heading ("Chats",
 * "咨询量"): drop a first cell that is text, not a number, so `B:B` reads like `B2:B145`.
 */
export function withoutHeading(address: string, values: RangeValues["values"]): RangeValues["values"] {
  const first = values[0]?.[0];
  const isHeading = typeof first === "string" && first.trim() !== "" && !Number.isFinite(Number(first));
  return parseAddress(address)?.whole === "columns" && isHeading ? values.slice(1) : values;
}
