/**
 * Printing the sample workbook (zh-CN) in LibreOffice: pages per sheet and the print scale, found
 * from the PDF. Each sheet starts on the first page, after the previous sheet's start, that shows
 * its title; the scale is the median height of the numbers printed on a sheet's pages over that on
 * the contents page (printed at 100 %: it is narrow, and fitting never enlarges).
 *
 * Budgets: each coaching form one page; the QA summary its three blocks (agent figures, reviewers,
 * failures per criterion) at ≥ 85 %; the roster plan its plan page plus at most four pages of
 * per-slot table per day at ≥ 85 %; the QA log at least 40 reviews a page (its filled rows only);
 * the recent-days data sheet at least 40 rows a page; every other sheet at most three pages.
 * A blank QA log prints exactly one page. A 300-person team's main-day roster grid prints in
 * half-days at ≥ 55 %, at most two pages per 40 rows, slot headers and names on every page. Fails (not skips) in CI without soffice.
 *
 * LibreOffice here draws Calibri with a wider fallback font (DejaVu Sans) unless Carlito is
 * installed, so columns print wider than in Excel: pages that fit here fit in Excel too.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { buildQaSheets } from "../src/sheets/qa/build-qa-sheets";
import { BLANK_PRINT_ROWS } from "../src/sheets/qa/build-qa-log";
import { QA_LOG_HEADER_ROW } from "../src/sheets/qa/qa-layout";
import { SheetBuilder } from "../src/sheets/builder";
import { buildPeakPlanSheets, preparePeakWorkbook, rosterIdPrefix } from "../src/sheets/peak/build-plan";
import { PEAK_IDS } from "../src/sheets/peak/layout";
import { buildSampleWorkbook } from "../src/sheets/sample-workbook";
import type { SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { largeTeam, largeTeamPlanInput } from "./support/large-team";
import { convertWithSoffice, itWithSoffice } from "./support/recalc";

interface PrintedPage {
  /** The page's words, without white space. */
  text: string;
  /** Heights of the words that are numbers (dates, times, counts): cell text in the body font. */
  numberHeights: number[];
}

/** The text of a sheet's first printed page surely shows: its first text in the top row. */
function titleOf(spec: SheetSpec): string {
  const top = spec.cells.filter((c) => c.row === 0 && typeof c.value === "string" && c.value !== "").sort((a, b) => a.col - b.col)[0];
  if (!top) throw new Error(`Sheet ${spec.id} has no title in its first row`);
  return (top.value as string).replace(/\s+/g, "");
}

const unescape = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every page of the PDF: its text and the heights of its numbers (one pdftotext run). */
async function printedPages(pdf: Uint8Array): Promise<PrintedPage[]> {
  const dir = await mkdtemp(join(tmpdir(), "kefu-print-"));
  try {
    const file = join(dir, "book.pdf");
    await writeFile(file, pdf);
    const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    return html
      .split("<page ")
      .slice(1)
      .map((page) => {
        const words = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
          height: Number(m[2]) - Number(m[1]),
          text: unescape(m[3]!),
        }));
        return {
          text: words.map((w) => w.text).join(""),
          numberHeights: words.filter((w) => /^\d[\d.:%-]*$/.test(w.text)).map((w) => w.height),
        };
      });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Pages per sheet, in sheet order: where each starts and how many it takes. */
function pagesPerSheet(specs: readonly SheetSpec[], pages: readonly PrintedPage[]): Map<string, { first: number; count: number }> {
  const starts: number[] = [];
  let from = 0;
  for (const spec of specs) {
    const title = titleOf(spec);
    const at = pages.findIndex((p, i) => i >= from && p.text.includes(title));
    if (at < 0) throw new Error(`No page from ${from + 1} on shows the title of ${spec.id}: ${title}`);
    starts.push(at);
    from = at + 1;
  }
  return new Map(specs.map((s, i) => [s.id, { first: starts[i]!, count: (starts[i + 1] ?? pages.length) - starts[i]! }]));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Data rows below a header row with a value in column A. */
const filledRows = (spec: SheetSpec, headerRow: number): number => spec.cells.filter((c) => c.col === 0 && c.row > headerRow && c.value !== null && c.value !== undefined).length;

interface Budget {
  exact?: number;
  max: number;
  /** The least print scale, 0–1. */
  minScale?: number;
  why: string;
}

const DEFAULT_MAX_PAGES = 3;

function budget(spec: SheetSpec): Budget {
  if (spec.id.startsWith("coaching")) return { exact: 1, max: 1, why: "a form on one A4 page" };
  if (spec.id.startsWith("qaSummary")) return { exact: 3, max: 3, minScale: 0.85, why: "agent figures, reviewers, failures per criterion" };
  if (spec.id.startsWith("qaLog")) {
    const reviews = filledRows(spec, QA_LOG_HEADER_ROW);
    return { max: Math.max(1, Math.ceil(reviews / 40)), why: `${reviews} reviews, ≥ 40 a page` };
  }
  if (spec.id === "rosterPlan") {
    const days = spec.charts?.length ?? 0;
    return { max: 1 + 4 * days, minScale: 0.85, why: `the plan, then ${days} day(s) of per-slot table` };
  }
  if (spec.id === "peakReview") {
    // Two charts per event day; the report's print area leaves out the per-slot data tables.
    const days = (spec.charts?.length ?? 0) / 2;
    return { max: 3 + days, why: `key figures, incentives and QA; ${days} day(s) of hourly analysis; the written parts` };
  }
  if (spec.id === "forecastRecent") {
    const rows = filledRows(spec, 3);
    return { max: Math.ceil(rows / 40), why: `${rows} data rows, ≥ 40 a page` };
  }
  return { max: DEFAULT_MAX_PAGES, why: "default" };
}

describe("printing the sample workbook (zh-CN)", () => {
  itWithSoffice()(
    "every sheet prints within its page budget; coaching forms one page each; QA summary and roster plan at ≥ 85 %",
    async () => {
      const specs = await buildSampleWorkbook("zh-CN");
      const pages = await printedPages(await convertWithSoffice(await writeXlsx(specs), "pdf", "pdf"));
      const perSheet = pagesPerSheet(specs, pages);
      // The contents sheet prints at 100 %: its numbers give the height of body text at full size.
      const fullSize = median(pages[perSheet.get(specs[0]!.id)!.first]!.numberHeights);
      expect(fullSize).toBeGreaterThan(5);

      const rows = specs.map((spec) => {
        const { first, count } = perSheet.get(spec.id)!;
        const heights = pages.slice(first, first + count).flatMap((p) => p.numberHeights);
        return { spec, count, scale: heights.length > 0 ? median(heights) / fullSize : Number.NaN, budget: budget(spec) };
      });
      // The table for the closing note.
      const table = rows.map((r) => `| ${r.spec.id} | ${r.spec.name} | ${r.count} | ${Number.isNaN(r.scale) ? "–" : `${Math.round(r.scale * 100)} %`} | ${r.budget.exact ?? `≤ ${r.budget.max}`} (${r.budget.why}) |`);
      process.stdout.write(`\npages per sheet:\n${["| sheet | name | pages | scale | budget |", "|---|---|---|---|---|", ...table].join("\n")}\n`);

      const forms = rows.filter((r) => r.spec.id.startsWith("coaching"));
      expect(forms.length).toBeGreaterThanOrEqual(6);
      expect(rows.filter((r) => r.spec.id.startsWith("qaSummary"))).toHaveLength(2);
      expect(rows.some((r) => r.spec.id === "rosterPlan")).toBe(true);
      const over = rows.filter((r) => (r.budget.exact !== undefined ? r.count !== r.budget.exact : r.count > r.budget.max));
      expect(over.map((r) => `${r.spec.id}: ${r.count} pages (${r.budget.exact ?? `≤ ${r.budget.max}`}: ${r.budget.why})`)).toEqual([]);
      const small = rows.filter((r) => r.budget.minScale !== undefined && !(r.scale >= r.budget.minScale));
      expect(small.map((r) => `${r.spec.id}: printed at ${Math.round(r.scale * 100)} %`)).toEqual([]);
    },
    600_000,
  );

  itWithSoffice()(
    "a blank QA log prints one page: its header and empty rows to fill in",
    async () => {
      const specs = buildQaSheets({ channel: "pre-sale" }, "zh-CN");
      const log = specs.find((s) => s.id.startsWith("qaLog"))!;
      const bytes = await writeXlsx(specs);
      // The file's print area: title, header and the blank rows, not the 500 pre-formatted ones.
      const workbookXml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
      const logIndex = specs.indexOf(log);
      const area = new RegExp(`<definedName name="_xlnm\\.Print_Area" localSheetId="${logIndex}">[^<]*!\\$A\\$1:\\$[A-Z]+\\$(\\d+)<`).exec(workbookXml);
      expect(Number(area?.[1])).toBe(QA_LOG_HEADER_ROW + 1 + BLANK_PRINT_ROWS);

      const pages = await printedPages(await convertWithSoffice(bytes, "pdf", "pdf"));
      expect(pagesPerSheet(specs, pages).get(log.id)!.count).toBe(1);
    },
    600_000,
  );
});

describe("printing a 300-person team's roster grid (zh-CN)", () => {
  itWithSoffice()(
    "the main day prints in half-days at ≥ 55 % (36 % as one page width), slot headers and names on every page, at most 2 pages per 40 rows",
    async () => {
      const input = await preparePeakWorkbook("双11 2026", largeTeamPlanInput(300, 10), largeTeam(300), false, "zh-CN");
      const specs = buildPeakPlanSheets(input, "zh-CN");
      const main = input.rosters.length - 1;
      const grid = specs.find((s) => s.id === `${rosterIdPrefix(main)}Day0`)!;
      // A page printed at 100 %: the height of numbers in the body font, as the grid's times are.
      const reference = new SheetBuilder("reference", "参照")
        .value(0, 0, "参照页")
        .value(1, 0, 8.5)
        .value(2, 0, 12)
        .value(3, 0, 17.25)
        .print({ paper: "A4", orientation: "portrait", scale: 100 })
        .build();
      const list = [reference, ...specs.filter((s) => s.id === PEAK_IDS.forecast || s.id === PEAK_IDS.headcount), grid];
      const pages = await printedPages(await convertWithSoffice(await writeXlsx(list), "pdf", "pdf"));
      const perSheet = pagesPerSheet(list, pages);
      const fullSize = median(pages[perSheet.get(reference.id)!.first]!.numberHeights);
      const { first, count } = perSheet.get(grid.id)!;
      const gridPages = pages.slice(first, first + count);
      const rows = input.rosters[main]!.shifts.length + 10; // people, title and header rows, summary rows
      expect(count).toBeLessThanOrEqual(2 * Math.ceil(rows / 40));
      // Each page shows the morning's hours or the afternoon's (LibreOffice fits each half to the
      // width on its own, so the narrower afternoon may take a page more), the header and names.
      const morning = gridPages.filter((p) => p.text.includes("00:00") && p.text.includes("11:00") && !p.text.includes("12:00")).length;
      const afternoon = gridPages.filter((p) => p.text.includes("12:00") && p.text.includes("23:00") && !p.text.includes("11:00")).length;
      expect(morning).toBeGreaterThan(0);
      expect(afternoon).toBeGreaterThan(0);
      expect(morning + afternoon).toBe(count);
      expect(gridPages.every((p) => p.text.includes("姓名"))).toBe(true);
      // The scale from the morning pages' numbers: start, end and hours in the body font (the
      // afternoon's are mostly the smaller summary rows). The whole day on one page width printed
      // at 36 % here.
      const scale = median(gridPages.filter((p) => !p.text.includes("12:00")).flatMap((p) => p.numberHeights)) / fullSize;
      process.stdout.write(`\n300-person main-day grid: ${rows} rows on ${count} A3 pages (${morning} morning, ${afternoon} afternoon) at ${Math.round(scale * 100)} %\n`);
      expect(scale).toBeGreaterThanOrEqual(0.55);
    },
    600_000,
  );
});
