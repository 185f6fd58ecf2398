/** Turns anything thrown into one plain sentence for a MessageBar: never a stack trace. */
import { isInputError } from "../core/errors";
import { format, type Locale } from "../i18n/locale";
import type { TaskpaneText } from "../i18n/taskpane";

export function describeError(e: unknown, locale: Locale, text: TaskpaneText): string {
  if (isInputError(e)) return e.text[locale];
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  // Office errors carry a readable `message`; keep only its first line.
  const firstLine = (message.split("\n")[0] ?? "").trim() || "?";
  return format(text.common.unexpected, { message: firstLine });
}
