/**
 * zh-CN help for every custom function: one table per function module, merged here. The build
 * (scripts/webpack/localized-metadata.cjs) swaps these texts into dist/functions.zh-CN.json and
 * fails when a function or one of its parameters has no entry.
 */
import type { FunctionHelp, HelpTable } from "./localized-help";
import { FORECAST_HELP_ZH } from "./forecast.help-zh";
import { HIRING_HELP_ZH } from "./hiring.help-zh";
import { PAYOUTS_HELP_ZH } from "./payouts.help-zh";
import { QA_HELP_ZH } from "./qa.help-zh";
import { STAFFING_HELP_ZH } from "./staffing.help-zh";

/** Merges help tables; the same id in two tables is a mistake (ids are global in Excel). */
export function mergeHelpTables(...tables: readonly HelpTable[]): HelpTable {
  const merged: Record<string, FunctionHelp> = {};
  for (const table of tables) {
    for (const [id, help] of Object.entries(table)) {
      if (Object.prototype.hasOwnProperty.call(merged, id)) throw new Error(`zh-CN help for ${id} is defined twice`);
      merged[id] = help;
    }
  }
  return merged;
}

export const FUNCTION_HELP_ZH: HelpTable = mergeHelpTables(STAFFING_HELP_ZH, PAYOUTS_HELP_ZH, FORECAST_HELP_ZH, HIRING_HELP_ZH, QA_HELP_ZH);
