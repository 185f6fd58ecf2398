/**
 * `npm run roster -- [--in scenario.json] [--out roster.xlsx] [--json] [--locale zh-CN|en-US] [--gap 1]`
 *
 * Solves a roster scenario (the Double-11 preset without `--in`) and prints the JSON summary
 * `{status, cost, gap, shifts: [{day, shift, start, count}], unmet: [{day, slot, time, missing}]}`
 * (with `--json` nothing else on stdout; without it a short human summary). `--out` names the
 * roster and writes the roster workbook; an existing file is never overwritten. Bad input: one
 * line on stderr, exit 2; any other failure: exit 1. `--gap` (percent) stops the solver within that
 * distance of the optimum (a week with meals: `--gap 1` answers in seconds); default: proven optimal.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { setFlagsFromString } from "node:v8";
import loadHighs from "highs";
import { isInputError } from "../core/errors";
import { shiftStart } from "../core/roster/assign-roster";
import { double11Preset } from "../core/roster/double11";
import { formatClock } from "../core/clock";
import { parseScenarioText } from "../core/roster/scenario";
import { solveShiftPlan } from "../core/roster/solve-plan";
import type { ShiftPlan } from "../core/roster/types";
import { LOCALES, type Locale } from "../i18n/locale";
import { rosterText, rosterString } from "../i18n/roster";
import { InputError } from "../core/errors";
import { parseFlags, reportError, terminalLocale } from "./cli-io";
import { checkOutputPath } from "./output-path";

export interface RosterSummary {
  status: string;
  cost: number;
  gap: number;
  shifts: Array<{ day: number; shift: string; start: string; count: number }>;
  unmet: Array<{ day: number; slot: number; time: string; missing: number }>;
}

/** The JSON summary of a plan: people per (day, shift, start), meal options added together. */
export function summarizePlan(plan: ShiftPlan): RosterSummary {
  const scenario = plan.scenario;
  const shifts = new Map<string, RosterSummary["shifts"][number]>();
  for (const e of plan.entries) {
    // The day it really starts on: a 25:00 start on day 0 is day 1, 01:00.
    const at = shiftStart(scenario, e.option);
    const start = formatClock(at.minutes);
    const name = scenario.shifts[e.option.shift]?.name ?? "";
    const key = `${at.day}/${e.option.shift}/${start}`;
    const row = shifts.get(key) ?? { day: at.day, shift: name, start, count: 0 };
    row.count += e.count;
    shifts.set(key, row);
  }
  return {
    status: plan.status,
    cost: plan.cost,
    gap: Math.round(plan.gap * 1e6) / 1e6,
    shifts: [...shifts.values()],
    unmet: plan.unmet.map((u) => ({ ...u, time: formatClock(u.slot * scenario.slotMinutes) })),
  };
}

export async function main(argv: readonly string[], locale0: Locale = terminalLocale()): Promise<number> {
  let locale = locale0;
  try {
    if (argv.includes("--help")) {
      process.stdout.write(`${rosterString(locale, "cliUsage")}\n`);
      return 0;
    }
    const json = argv.includes("--json");
    const flags = parseFlags(
      argv.filter((a) => a !== "--json"),
      { in: { optional: true }, out: { optional: true }, locale: { values: LOCALES, default: locale0 }, gap: { optional: true } } as const,
    );
    const gapPercent = flags.gap === undefined ? undefined : Number(flags.gap);
    if (gapPercent !== undefined && !(gapPercent >= 0 && gapPercent <= 50)) throw new InputError(rosterText("cliGap", { value: flags.gap ?? "" }));
    locale = flags.locale as Locale;
    // Checked before the scenario is read and solved (a solve can take minutes).
    const out = flags.out === undefined ? undefined : checkOutputPath(flags.out);
    let scenario;
    if (flags.in !== undefined) {
      let text: string;
      try {
        text = await readFile(flags.in, "utf8");
      } catch (e) {
        throw new InputError(rosterText("cliReadFailed", { value: flags.in, detail: e instanceof Error ? e.message : String(e) }));
      }
      scenario = parseScenarioText(text);
    } else scenario = double11Preset(locale);

    // Baseline (Liftoff) Wasm code only: V8's default tier-up recompiles HiGHS' 3.4 MB with
    // TurboFan during the solve, which on a one-shot command costs more than it saves (bench:
    // Double-11 day 1.8 s → 0.4 s, week without meals 1.5 s → 0.6 s, week with meals 6.0 → 5.1 s).
    setFlagsFromString("--liftoff-only");
    const plan = await solveShiftPlan(scenario, { highs: await loadHighs(), ...(gapPercent !== undefined ? { mipRelGap: Math.max(gapPercent / 100, 1e-4) } : {}) });
    const summary = summarizePlan(plan);
    if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      const people = summary.shifts.reduce((n, s) => n + s.count, 0);
      const unmet = plan.unmet.reduce((n, u) => n + u.missing, 0);
      process.stdout.write(`${rosterString(locale, "cliSummary", { status: plan.status, cost: plan.cost, people, unmet, ms: plan.solveMs })}\n`);
      for (const s of summary.shifts) process.stdout.write(`  ${rosterString(locale, "dayN", { day: s.day + 1 })}  ${s.shift}  ${s.start}  × ${s.count}\n`);
      for (const u of summary.unmet.slice(0, 20))
        process.stdout.write(`  ${rosterString(locale, "cliUnmetLine", { day: u.day + 1, time: u.time, missing: u.missing })}\n`);
      if (summary.unmet.length > 20) process.stdout.write(`  … ${summary.unmet.length - 20}\n`);
    }
    if (out !== undefined) {
      // Loaded only when needed: ExcelJS alone costs a few hundred milliseconds of start-up.
      const [{ assignRoster }, { buildRosterSheets }, { writeXlsx }] = await Promise.all([
        import("../core/roster/assign-roster"),
        import("../sheets/roster"),
        import("../xlsx"),
      ]);
      const roster = assignRoster(plan, scenario.people, scenario.rules);
      const bytes = await writeXlsx(buildRosterSheets(roster, locale));
      try {
        await mkdir(dirname(out), { recursive: true });
        await writeFile(out, bytes, { flag: "wx" });
      } catch (e) {
        throw new InputError(rosterText("cliWriteFailed", { value: out, detail: e instanceof Error ? e.message : String(e) }));
      }
      if (!json) {
        // The plan's line above is about shifts before names; the workbook's verdict is the named roster's.
        const { rosterVerdict, verdictText, verdictWords, slotsPerDay } = await import("../core/roster");
        const words = verdictWords(rosterVerdict(roster), scenario.slotMinutes, slotsPerDay(scenario) * scenario.days, locale);
        process.stdout.write(`${verdictText(words, locale)}\n${rosterString(locale, "cliWrote", { value: out })}\n`);
      }
    }
    return 0;
  } catch (error) {
    // Bad input of any kind is exit 2 here (scripts tell it from a failure to solve or write).
    return reportError(error, locale, isInputError(error) ? 2 : 1);
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
