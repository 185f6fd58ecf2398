import type { LocalizedText } from "../../i18n/locale";
import { isLocalizedError, LocalizedError } from "./localized-error";

/**
 * Bad input from a user (a cell, a form, a scenario file, a command line), with a message in both languages.
 * - `invalid`: the argument is outside its allowed range or of the wrong type → Excel `#VALUE!`.
 * - `noAnswer`: the question is valid but has no answer (a target no headcount reaches) → `#NUM!`.
 * Programming mistakes throw ordinary `Error`s instead.
 */
export class InputError extends LocalizedError {
  constructor(
    text: LocalizedText,
    readonly kind: "invalid" | "noAnswer" = "invalid",
  ) {
    super(text);
    this.name = "InputError";
  }
}

/** True when `e` is an {@link InputError} (also across bundle copies of the class). */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (isLocalizedError(e) && "kind" in e && (e.kind === "invalid" || e.kind === "noAnswer"));
}
