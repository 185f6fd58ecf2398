import type { Locale, LocalizedText } from "../../i18n/locale";

/**
 * The one base class of every error meant for a user: its `text` is the whole message in both
 * languages, and every host renders that text in its own language — the task pane
 * (`describeError`), the custom functions (`CustomFunctions.Error` message) and the command lines
 * (one stderr line). `message` is the en-US text, for logs and stack traces.
 *
 * The functions bundle, the pane bundle and a Web Worker each carry their own copy of this class,
 * so `instanceof` fails across them: test with {@link isLocalizedError}, which also recognises the
 * brand property on an error made by another copy.
 */
export class LocalizedError extends Error {
  /** Brand read by {@link isLocalizedError}; survives bundle boundaries where `instanceof` does not. */
  readonly localized = true as const;

  constructor(
    readonly text: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(text["en-US"], options);
    this.name = "LocalizedError";
  }
}

/** True when `e` is a {@link LocalizedError} from any bundle (like ky's `isKyError`). */
export function isLocalizedError(e: unknown): e is LocalizedError {
  if (e instanceof LocalizedError) return true;
  if (!(e instanceof Error) && !(typeof e === "object" && e !== null)) return false;
  const candidate = e as { localized?: unknown; text?: { "en-US"?: unknown; "zh-CN"?: unknown } };
  return candidate.localized === true && typeof candidate.text?.["en-US"] === "string" && typeof candidate.text["zh-CN"] === "string";
}

/** The user's message in `locale` when `e` is a {@link LocalizedError}, else undefined. */
export function localizedMessage(e: unknown, locale: Locale): string | undefined {
  return isLocalizedError(e) ? e.text[locale] : undefined;
}
