/**
 * `npm run workbook -- [--plan | --samples] [--in peak.json --team team.csv] [--locale zh-CN|en-US] [--out path.xlsx]`
 *
 * Writes the sample shop's linked peak plan (`--plan`, the default: out/kefu-kit-peak-plan.<locale>.xlsx)
 * or the gallery of every generator's sample sheets (`--samples`: out/kefu-kit-sample.<locale>.xlsx)
 * to an .xlsx, creating the folder, and prints the path and the sheets written. With `--in` and
 * `--team` the plan is the user's own (docs/peak-plan.md, "The plan as a file"): their calendar,
 * history and team, no sample figures; each event day's roster verdict is printed too. An existing --out file is never
 * overwritten (without --out the next free name is taken); the path is checked before any work.
 * Errors: one line on stderr in the --locale language, exit 2 for usage, 1 otherwise.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { LOCALES, type Locale } from "../i18n/locale";
import { buildSampleSheets, type Generator } from "../sheets/generator";
import { PEAK_GENERATOR } from "../sheets/peak/generator";
import { buildSampleWorkbook } from "../sheets/sample-workbook";
import { writeXlsx } from "../xlsx";
import { setFlagsFromString } from "node:v8";
import { mainEventDay } from "../core/peak";
import { isoDate } from "../core/serial-date";
import { format } from "../i18n/locale";
import { TASKPANE_TEXT } from "../i18n/taskpane";
import { buildPeakPlanSheets, preparePeakWorkbook } from "../sheets/peak/build-plan";
import { shortDate } from "../sheets/peak/labels";
import { rosterVerdict, slotsPerDay, verdictText, verdictWords } from "../core/roster";
import { readPlanFile, readTeamFile } from "./plan-input";
import { parseFlags, reportError, terminalLocale, UsageError } from "./cli-io";
import { checkOutputPath } from "./output-path";

export const WORKBOOK_FLAGS = {
  locale: { values: LOCALES, default: "zh-CN" },
  out: { optional: true },
  in: { optional: true },
  team: { optional: true },
} as const;

/**
 * Builds and writes the sample workbook to a new file (values cached, charts included); returns the
 * absolute path and the sheet names.
 *
 * @throws InputError when `outPath` cannot take a new file (checked before building).
 */
export async function writeSampleWorkbook(locale: Locale, outPath: string, book: Book = "samples"): Promise<{ path: string; sheets: string[] }> {
  const path = checkOutputPath(outPath);
  const specs = book === "plan" ? await buildSampleSheets(PEAK_GENERATOR as Generator<string, unknown>, locale) : await buildSampleWorkbook(locale);
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeXlsx(specs, { workbook });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes, { flag: "wx" });
  return { path, sheets: workbook.worksheets.map((ws) => ws.name) };
}

/** Which workbook: the linked peak plan or the gallery of every generator's samples. */
export type Book = "plan" | "samples";

/** `--plan` / `--samples` take no value: read and removed before the other flags are parsed. */
function takeBook(argv: readonly string[]): { book: Book; rest: string[] } {
  const plan = argv.includes("--plan");
  const samples = argv.includes("--samples");
  if (plan && samples) throw new UsageError({ "en-US": "give --plan or --samples, not both", "zh-CN": "--plan 与 --samples 只能选一个" });
  return { book: samples ? "samples" : "plan", rest: argv.filter((a) => a !== "--plan" && a !== "--samples") };
}

/** The default file, or the first of "-2", "-3", … that does not exist yet. */
function defaultOut(locale: Locale, book: Book): string {
  const base = `out/kefu-kit-${book === "plan" ? "peak-plan" : "sample"}.${locale}`;
  let path = `${base}.xlsx`;
  for (let n = 2; existsSync(path); n++) path = `${base}-${n}.xlsx`;
  return path;
}

/**
 * Builds the user's linked peak plan from their plan and team files and writes it to a new file;
 * returns the path, the sheet names and one verdict line per event day's roster.
 *
 * @throws InputError naming the file and field for bad input (checked before anything is solved).
 */
export async function writeUserPlan(locale: Locale, outPath: string, planPath: string, teamPath: string): Promise<{ path: string; sheets: string[]; verdicts: string[] }> {
  const path = checkOutputPath(outPath);
  const team = await readTeamFile(teamPath);
  const { name, plan } = await readPlanFile(planPath, team.length);
  // Baseline (Liftoff) Wasm only, as `npm run roster` does: a one-shot solve loses time to TurboFan tier-up.
  setFlagsFromString("--liftoff-only");
  const days = plan.calendar.eventDays;
  const title = name ?? format(TASKPANE_TEXT[locale].peak.defaultName, { date: isoDate(days[mainEventDay(plan.calendar)]!.date) });
  // Computes and checks the plan before solving (what the core refuses is said in words first).
  const input = await preparePeakWorkbook(title, plan, team, false, locale);
  const workbook = new ExcelJS.Workbook();
  const bytes = await writeXlsx(buildPeakPlanSheets(input, locale), { workbook });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes, { flag: "wx" });
  // The words of each roster's shift-plan sheet ("Short of people: …"), after the day.
  const verdicts = input.rosters.map((roster, d) => {
    const s = roster.plan.scenario;
    return `${shortDate(days[d]!.date, locale)}: ${verdictText(verdictWords(rosterVerdict(roster), s.slotMinutes, slotsPerDay(s) * s.days, locale), locale)}`;
  });
  return { path, sheets: workbook.worksheets.map((ws) => ws.name), verdicts };
}

/** `--in` and `--team` go together, with the plan only (a user's team never joins the sample plan). */
function userFiles(flags: { in?: string | undefined; team?: string | undefined }, book: Book): { plan: string; team: string } | undefined {
  if (flags.in === undefined && flags.team === undefined) return undefined;
  if (book === "samples") throw new UsageError({ "en-US": "--in and --team make a peak plan: leave out --samples", "zh-CN": "--in 与 --team 用于生成大促计划：请去掉 --samples" });
  if (flags.in === undefined) throw new UsageError({ "en-US": "--team needs --in peak.json (the plan file): the sample plan keeps the sample team", "zh-CN": "--team 需要同时给出 --in peak.json（计划文件）：示例计划只用示例团队" });
  if (flags.team === undefined) throw new UsageError({ "en-US": "--in needs --team team.csv (your team, one name per row)", "zh-CN": "--in 需要同时给出 --team team.csv（你的团队，每行一个姓名）" });
  return { plan: flags.in, team: flags.team };
}

export async function main(argv: readonly string[]): Promise<number> {
  let locale = terminalLocale();
  try {
    const { book, rest } = takeBook(argv);
    const flags = parseFlags(rest, WORKBOOK_FLAGS);
    locale = flags.locale as Locale;
    const files = userFiles(flags, book);
    const out = flags.out ?? defaultOut(locale, book);
    const { path, sheets, verdicts } = files ? await writeUserPlan(locale, out, files.plan, files.team) : { ...(await writeSampleWorkbook(locale, out, book)), verdicts: [] };
    process.stdout.write(`${path}\n`);
    sheets.forEach((name, i) => process.stdout.write(`  ${i + 1}. ${name}\n`));
    for (const line of verdicts) process.stdout.write(`${line}\n`);
    return 0;
  } catch (error) {
    return reportError(error, locale);
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
