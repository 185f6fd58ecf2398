/** Reads a range the user named; a failure becomes one plain sentence ("That range could not be read: …"). */
import { format } from "../i18n/locale";
import type { TaskpaneText } from "../i18n/taskpane";
import type { RangeValues, WorkbookHost } from "./host/workbook-host";
import { PlainMessage } from "./use-generator";

export function unreadableRange(e: unknown, text: TaskpaneText): string {
  return format(text.common.rangeUnreadable, { message: e instanceof Error ? e.message : String(e) });
}

export function readUserRange(host: WorkbookHost, address: string, text: TaskpaneText): Promise<RangeValues> {
  return host.readRange(address).catch((e: unknown) => {
    throw new PlainMessage(unreadableRange(e, text));
  });
}
