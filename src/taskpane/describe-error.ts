/**
 * Turns anything thrown into one plain sentence for a MessageBar, never a stack trace: a
 * {@link LocalizedError} (bad input, Excel refusing a write, a pane message) in the pane's
 * language; anything else as "Something went wrong" with its first line.
 */
import { localizedMessage } from "../core/errors";
import { format, type Locale } from "../i18n/locale";
import type { TaskpaneText } from "../i18n/taskpane";

export function describeError(e: unknown, locale: Locale, text: TaskpaneText): string {
  const localized = localizedMessage(e, locale);
  if (localized !== undefined) return localized;
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  // Office errors carry a readable `message`; keep only its first line.
  const firstLine = (message.split("\n")[0] ?? "").trim() || "?";
  return format(text.common.unexpected, { message: firstLine });
}
