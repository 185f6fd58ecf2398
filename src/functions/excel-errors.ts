/**
 * Maps {@link LocalizedError}s to Excel errors with the message in Excel's display language:
 * an {@link InputError} of kind `noAnswer` → `#NUM!`, any other → `#VALUE!`. Excel documents custom
 * messages for #VALUE! and #N/A only; the #NUM! message is kept for hosts that show it (and tests).
 * Needs CustomFunctionsRuntime 1.2.
 */
import { isInputError, isLocalizedError, type LocalizedError } from "../core/errors";
import { toLocale, type Locale } from "../i18n/locale";
import type { SpillCell } from "./args";

/** The Excel display language when running inside Office, else en-US. */
export function currentLocale(): Locale {
  try {
    return toLocale(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    return "en-US";
  }
}

export function toExcelError(e: LocalizedError): CustomFunctions.Error {
  const code = isInputError(e) && e.kind === "noAnswer" ? CustomFunctions.ErrorCode.invalidNumber : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.text[currentLocale()]);
}

/**
 * Runs a custom function body: returns its result, with every `LocalizedError` (thrown or inside a
 * spilled matrix) turned into the matching Excel error. Other exceptions are bugs and propagate.
 */
export function excelResult<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isLocalizedError(e)) throw toExcelError(e);
    throw e;
  }
}

/** A broadcast result as Excel wants it: errors in cells become `CustomFunctions.Error`s. */
export function toExcelMatrix(cells: SpillCell[][]): (number | string | CustomFunctions.Error)[][] {
  return cells.map((row) => row.map((c) => (isLocalizedError(c) ? toExcelError(c) : c)));
}
