/** The QA templates for the sample workbook: pre-sale and after-sale sets for the sample team. */
import type { Locale } from "../../i18n/locale";
import type { SheetSpec } from "../spec";
import { buildQaSheets } from "./build-qa-sheets";

export function buildQaSample(locale: Locale): SheetSpec[] {
  return [...buildQaSheets({ channel: "pre-sale" }, locale), ...buildQaSheets({ channel: "after-sale" }, locale)];
}
