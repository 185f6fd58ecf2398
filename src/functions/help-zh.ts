/**
 * zh-CN help for every custom function: one table per function module, merged here. The build
 * (scripts/webpack/localized-metadata.cjs) swaps these texts into dist/functions.zh-CN.json and
 * fails when a function or one of its parameters has no entry.
 */
import type { FunctionHelp, HelpTable } from "./localized-help";
import { FUNCTION_PARAMS as FORECAST_PARAMS } from "./forecast";
import { FORECAST_HELP_ZH } from "./forecast.help-zh";
import { FUNCTION_PARAMS as HIRING_PARAMS } from "./hiring";
import { HIRING_HELP_ZH } from "./hiring.help-zh";
import { paramHelp } from "./params";
import { FUNCTION_PARAMS as PAYOUTS_PARAMS } from "./payouts";
import { PAYOUTS_HELP_ZH } from "./payouts.help-zh";
import { FUNCTION_PARAMS as QA_PARAMS } from "./qa";
import { QA_HELP_ZH } from "./qa.help-zh";
import { FUNCTION_PARAMS as STAFFING_PARAMS } from "./staffing";
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

/**
 * The en-US parameter help each declaration implies (function id → parameter → text): the build
 * fails when the JSDoc the metadata generator read says something else.
 */
export const DECLARED_HELP_EN: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  [STAFFING_PARAMS, PAYOUTS_PARAMS, FORECAST_PARAMS, HIRING_PARAMS, QA_PARAMS].flatMap((table) =>
    Object.entries(table).map(([id, params]) => [id, Object.fromEntries(Object.entries(params).map(([name, p]) => [name, paramHelp(p)["en-US"]]))]),
  ),
);
