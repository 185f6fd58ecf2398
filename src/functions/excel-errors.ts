/**
 * Maps {@link InputError}s to Excel errors: `invalid` → `#VALUE!` with the message (Excel shows
 * messages only on #VALUE! and #N/A), `noAnswer` → `#NUM!`. Needs CustomFunctionsRuntime 1.2.
 */
import { InputError, isInputError } from "../core/errors";
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

export function toExcelError(e: InputError): CustomFunctions.Error {
  const code = e.kind === "noAnswer" ? CustomFunctions.ErrorCode.invalidNumber : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.text[currentLocale()]);
}

/**
 * Runs a custom function body: returns its result, with every `InputError` (thrown or inside a
 * spilled matrix) turned into the matching Excel error. Other exceptions are bugs and propagate.
 */
export function excelResult<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isInputError(e)) throw toExcelError(e);
    throw e;
  }
}

/** A broadcast result as Excel wants it: errors in cells become `CustomFunctions.Error`s. */
export function toExcelMatrix(cells: SpillCell[][]): (number | string | CustomFunctions.Error)[][] {
  return cells.map((row) => row.map((c) => (c instanceof InputError ? toExcelError(c) : c)));
}
