/**
 * End to end: the BUILT task pane served on 127.0.0.1, opened in headless Chromium outside Office
 * (so in preview mode), every generator run in both languages; what each reports must be the sheet
 * names its generator gives, the .xlsx download must open in ExcelJS with those sheets, and the
 * roster solver must run in its Web Worker (HiGHS .wasm served as application/wasm).
 * Screenshots of every panel in both languages go to test-results/.
 *
 * In CI (`process.env.CI`) a missing Chromium fails the suite; locally it is skipped with a warning.
 */
import type ExcelJS from "exceljs";
import loadHighs from "highs";
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { promisify } from "node:util";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { PANEL_IDS, type PanelId } from "../../src/commands/panel-request";
import { assignRoster, double11Preset, solveShiftPlan } from "../../src/core/roster";
import { format, type Locale } from "../../src/i18n/locale";
import { rosterString } from "../../src/i18n/roster";
import { TASKPANE_TEXT } from "../../src/i18n/taskpane";
import { generatorTitles } from "../../src/sheets/generators";
import { buildCoachingSheets } from "../../src/sheets/coaching/build-coaching-sheets";
import { buildForecastSample } from "../../src/sheets/forecast/sample";
import { buildSampleSheets } from "../../src/sheets/generator";
import { buildPayoutSheets } from "../../src/sheets/payouts";
import { PEAK_GENERATOR } from "../../src/sheets/peak/generator";
import { REVIEW_GENERATOR } from "../../src/sheets/review/generator";
import { buildQaSheets } from "../../src/sheets/qa/build-qa-sheets";
import { buildRosterSheets } from "../../src/sheets/roster";
import { sampleTrainingPlan } from "../../src/core/training/sample-plan";
import { buildTrainingSheets } from "../../src/sheets/training";
import { sampleDayVolume } from "../../src/core/sample/day-volume";
import { computeStaffing } from "../../src/sheets/staffing/compute-staffing";
import { freeSheetName } from "../../src/sheets/spec";
import { loadXlsx } from "../../src/xlsx";
import { CHROMIUM_PATH, chromiumAvailable, launchPaneBrowser, type PaneBrowser } from "./browser";
import { builtAddinDir } from "./built-addin";
import { serveDirectory, type StaticServer } from "./static-server";

const RESULTS = path.resolve(__dirname, "../../test-results");
const available = chromiumAvailable();
if (!available && !process.env.CI) console.warn(`[e2e] ${CHROMIUM_PATH} is missing: task-pane e2e tests SKIPPED (they fail in CI).`);
const suite = available || process.env.CI ? describe : describe.skip;

/** The sheet names each generator gives with the pane's default choices. */
async function expectedSheetNames(locale: Locale): Promise<Record<PanelId, string[]>> {
  const scenario = double11Preset(locale);
  const plan = await solveShiftPlan(scenario, { highs: await loadHighs() });
  const names = (specs: { name: string }[]) => specs.map((s) => s.name);
  return {
    // The panel's defaults are the sample plan (sample calendar, history and team).
    peak: names(await buildSampleSheets(PEAK_GENERATOR, locale)),
    review: names(await buildSampleSheets(REVIEW_GENERATOR, locale)),
    staffing: [TASKPANE_TEXT[locale].staffingSheet.name],
    roster: names(buildRosterSheets(assignRoster(plan, scenario.people, scenario.rules), locale)),
    qa: names(buildQaSheets({ channel: "pre-sale" }, locale)),
    coaching: names(buildCoachingSheets({ form: "all", category: "qualified" }, locale)),
    payouts: names(buildPayoutSheets({}, locale)),
    forecast: names(buildForecastSample(locale)),
    training: names(buildTrainingSheets(sampleTrainingPlan(), locale)),
  };
}

/**
 * The names the pane reports when every panel runs once, in tab order, in one fresh preview
 * workbook: a name another generator's sheet already took gets a free variant, said beside it
 * (the peak plan's headcount sheet and the staffing sheet share "Headcount" / "人力需求").
 */
function reportedNames(expected: Record<PanelId, string[]>, locale: Locale): Record<PanelId, string[]> {
  const t = TASKPANE_TEXT[locale];
  const taken = [t.sample.volumeSheet, t.sample.teamSheet];
  const out = {} as Record<PanelId, string[]>;
  for (const panel of PANEL_IDS) {
    out[panel] = expected[panel].map((wanted) => {
      const name = freeSheetName(wanted, taken);
      taken.push(name);
      return name === wanted ? name : name + format(t.common.renamed, { wanted });
    });
  }
  return out;
}

suite("task pane in headless Chromium (preview mode)", () => {
  let server: StaticServer;
  let browser: PaneBrowser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing (${CHROMIUM_PATH}): install the Debian \`chromium\` package (.ci/run does).`);
    mkdirSync(RESULTS, { recursive: true });
    server = await serveDirectory(builtAddinDir());
    browser = await launchPaneBrowser("en-US");
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId("preview-banner").waitFor({ timeout: 30_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]); // no uncaught error in the page, ever
  });

  /** Runs one panel's generator with its default choices; returns the reported sheet names. */
  async function generate(panel: PanelId, locale: Locale): Promise<string[]> {
    await page.getByRole("tab", { name: generatorTitles(locale)[panel] }).click();
    const region = page.locator(`#panel-${panel}`);
    await region.getByTestId("create").click();
    const list = region.getByTestId("created-sheets");
    await list.waitFor({ timeout: 60_000 });
    return list.locator("li").allTextContents();
  }

  /** Clicks the panel's download button and opens the file with ExcelJS. */
  async function download(panel: PanelId, locale: Locale): Promise<ExcelJS.Workbook> {
    const region = page.locator(`#panel-${panel}`);
    const [file] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      region.getByRole("button", { name: TASKPANE_TEXT[locale].common.download }).click(),
    ]);
    // ExcelJS 4.4 cannot parse calculated table columns itself; the project's loader strips them first.
    return loadXlsx(await readFile(await file.path()));
  }

  async function screenshot(panel: PanelId, locale: Locale): Promise<void> {
    await page.screenshot({ path: path.join(RESULTS, `taskpane-${panel}-${locale}.png`), fullPage: true });
  }

  it.each([["en-US"], ["zh-CN"]] as const)(
    "runs every generator in %s: reported names, downloaded workbook, screenshots",
    async (locale) => {
      if (locale === "zh-CN") {
        // Switch the language in the pane, then reload: the choice is remembered and the
        // in-memory workbook starts afresh (so no name is taken twice).
        await page.getByTestId("language").selectOption("zh-CN");
        await page.getByRole("tab", { name: generatorTitles("zh-CN").roster }).waitFor();
        await page.reload();
        await page.getByTestId("preview-banner").waitFor();
        expect(await page.getByTestId("preview-banner").textContent()).toContain(TASKPANE_TEXT["zh-CN"].app.previewBanner);
      }
      const expected = await expectedSheetNames(locale);
      const report = reportedNames(expected, locale);
      for (const panel of PANEL_IDS) {
        const reported = await generate(panel, locale);
        expect({ panel, names: reported }).toEqual({ panel, names: report[panel] });
        const workbook = await download(panel, locale);
        expect({ panel, names: workbook.worksheets.map((w) => w.name) }).toEqual({ panel, names: expected[panel] });
        if (panel === "staffing") {
          // The download holds numbers computed by the same core as CS.AGENTS (default Erlang C choices).
          const values = computeStaffing({
            model: "erlangC",
            volumes: sampleDayVolume(),
            params: { intervalSeconds: 600, ahtSeconds: 180, targetServiceLevel: 0.8, answerSeconds: 20, shrinkage: 0.3, maxOccupancy: 0.85, patienceSeconds: 120, concurrency: 3, chatsPerAgentHour: 30, automationRate: 0.4 },
          });
          const sheet = workbook.worksheets[0]!;
          expect(sheet.getCell("C13").value).toBe(values.required[0]);
          expect(sheet.getCell("D156").value).toBe(values.scheduled[143]);
        }
        await screenshot(panel, locale);
      }
    },
    180_000,
  );

  it("shows a plain-language message for bad input and writes nothing", async () => {
    const text = TASKPANE_TEXT["zh-CN"];
    await page.getByRole("tab", { name: generatorTitles("zh-CN").staffing }).click();
    const region = page.locator("#panel-staffing");
    await region.getByLabel(text.staffing.aht).fill("0");
    await region.getByTestId("create").click();
    await region.getByText("请输入 1 到 36000 之间的数字。").waitFor();
    expect(await region.getByTestId("run-error").textContent()).toContain(text.common.fixFields);
    await region.getByLabel(text.staffing.aht).fill("180");
  });

  it("works from the keyboard: arrow keys move between tabs, Enter opens one", async () => {
    await page.getByRole("tab", { name: generatorTitles("zh-CN").staffing }).click();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.locator("#panel-qa").waitFor({ state: "visible" });
    expect(await page.getByRole("tab", { name: generatorTitles("zh-CN").qa }).getAttribute("aria-selected")).toBe("true");
    // Tab goes from the tab list into the panel's first control.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[role=tabpanel]")?.id)).toBe("panel-qa");
  });

  it.each([["zh-CN"], ["en-US"]] as const)(
    "roster for a user team of three whose names are the sample's (%s): one amber verdict in the pane and on the plan sheet",
    async (locale) => {
      const text = TASKPANE_TEXT[locale];
      const narrow = await browser.context.newPage();
      await narrow.setViewportSize({ width: 340, height: 640 });
      narrow.on("pageerror", (e) => pageErrors.push(e.message));
      await narrow.goto(`${server.url}/taskpane.html`);
      await narrow.getByTestId("preview-banner").waitFor();
      if ((await narrow.getByTestId("language").inputValue()) !== locale) {
        await narrow.getByTestId("language").selectOption(locale);
        await narrow.reload();
        await narrow.getByTestId("preview-banner").waitFor();
      }
      await narrow.getByRole("tab", { name: generatorTitles(locale).roster }).click();
      const region = narrow.locator("#panel-roster");
      await region.getByLabel(text.common.peopleRange).check();
      // 王芳, 李娜, 张伟 under the heading row of the preview's team sheet (the one the placeholder
      // names: the preview workbook follows the browser's language): a user list, not the sample team.
      const input = region.getByLabel(text.common.peopleRangeLabel);
      const sheet = ((await input.getAttribute("placeholder")) ?? "").split("!")[0]!;
      expect([`'${TASKPANE_TEXT["en-US"].sample.teamSheet}'`, `'${TASKPANE_TEXT["zh-CN"].sample.teamSheet}'`]).toContain(sheet);
      await input.fill(`${sheet}!A1:B4`);
      await region.getByTestId("create").click();
      await region.getByTestId("created-sheets").waitFor({ timeout: 60_000 });
      const bar = region.getByTestId("run-verdict");
      expect(await bar.getAttribute("data-intent")).toBe("warning");
      const shown = (await bar.textContent()) ?? "";
      expect(shown).toContain(locale === "zh-CN" ? "人手不足" : "Short of people");
      expect(shown).not.toContain(locale === "zh-CN" ? "最优" : "optimal");
      // The result is in view and has the focus on a short pane.
      expect(await narrow.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("run-report");
      expect(await bar.isVisible()).toBe(true);
      // The downloaded plan sheet says the same, and lists only the user's three people.
      const workbook = await (async () => {
        const [file] = await Promise.all([narrow.waitForEvent("download"), region.getByRole("button", { name: text.common.download }).click()]);
        return loadXlsx(await readFile(await file.path()));
      })();
      const planSheet = workbook.getWorksheet(rosterString(locale, "planSheet"))!;
      const verdictCell = String(planSheet.getCell("B2").value);
      expect(verdictCell.startsWith(shown.split(/[.。]/)[0]!.trim())).toBe(true);
      const grid = workbook.getWorksheet(rosterString(locale, "rosterSheet"))!;
      const names = grid.getColumn(1).values.filter((v): v is string => typeof v === "string");
      expect(names).toEqual(expect.arrayContaining(["王芳", "李娜", "张伟"]));
      expect(names.some((n) => /后备|Reserve|刘洋/.test(n))).toBe(false);
      // Nothing wider than the 340 px pane; every scrollable region can be reached by keyboard (axe scrollable-region-focusable).
      const layout = await narrow.evaluate(() => {
        const unreachable = [...document.querySelectorAll<HTMLElement>("*")].filter((el) => {
          const style = getComputedStyle(el);
          const scrolls = el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(style.overflowX);
          return scrolls && el.tabIndex < 0 && !el.querySelector("a[href], button, input, select, [tabindex='0']");
        });
        return { width: document.documentElement.scrollWidth, unreachable: unreachable.length };
      });
      expect(layout).toEqual({ width: 340, unreachable: 0 });
      await narrow.screenshot({ path: path.join(RESULTS, `taskpane-roster-short-${locale}-340.png`), fullPage: true });
      await narrow.getByRole("tab", { name: generatorTitles(locale).staffing }).click();
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBe(340); // the model dropdown fits
      await narrow.screenshot({ path: path.join(RESULTS, `taskpane-staffing-${locale}-340.png`), fullPage: true });
      await narrow.close();
    },
    120_000,
  );

  it("reports click-to-result of the Double-11 roster beside the CLI's time in the same run", async () => {
    // The CLI, as a user runs it (a fresh process: load, compile, solve).
    const cliStart = Date.now();
    await promisify(execFile)(process.execPath, [require.resolve("tsx/cli"), "src/cli/roster.ts", "--json"], { cwd: path.resolve(__dirname, "../..") });
    const cliMs = Date.now() - cliStart;
    const times: Record<string, number> = {};
    for (const readMs of [0, 3000]) {
      const fresh = await browser.context.newPage();
      fresh.on("pageerror", (e) => pageErrors.push(e.message));
      await fresh.goto(`${server.url}/taskpane.html`);
      await fresh.getByTestId("preview-banner").waitFor();
      const shown: Locale = (await fresh.getByTestId("language").inputValue()) === "zh-CN" ? "zh-CN" : "en-US";
      await fresh.getByRole("tab", { name: generatorTitles(shown).roster }).click();
      await fresh.waitForTimeout(readMs); // a user reading the form before clicking
      const region = fresh.locator("#panel-roster");
      const start = Date.now();
      await region.getByTestId("create").click();
      await region.getByTestId("created-sheets").waitFor({ timeout: 60_000 });
      times[readMs === 0 ? "clickAtOnce" : "clickAfter3s"] = Date.now() - start;
      await fresh.close();
    }
    process.stdout.write(`[e2e] Double-11 roster: CLI (fresh process) ${cliMs} ms; pane click-to-result ${times.clickAtOnce} ms when clicked at once, ${times.clickAfter3s} ms after 3 s on the form\n`);
    // Machines are noisy: a loose bound, relative to the CLI measured in the same run.
    expect(times.clickAfter3s).toBeLessThan(Math.max(2_000, 2 * cliMs));
    expect(times.clickAtOnce).toBeLessThan(Math.max(4_000, 4 * cliMs));
  }, 180_000);

  it("shows every stage kind of the peak calendar in full, nothing cut or overlapping, in a 320 and a 360 px pane (both languages)", async () => {
    const pane = await browser.context.newPage();
    pane.on("pageerror", (e) => pageErrors.push(e.message));
    await pane.goto(`${server.url}/taskpane.html`);
    await pane.getByTestId("preview-banner").waitFor();
    const problems: string[] = [];
    for (const locale of ["en-US", "zh-CN"] as const) {
      await pane.getByTestId("language").selectOption(locale);
      await pane.getByRole("tab", { name: generatorTitles(locale).peak }).click();
      for (const width of [320, 360]) {
        await pane.setViewportSize({ width, height: 900 });
        const found = await pane.evaluate(() => {
          const out: string[] = [];
          const pen = document.createElement("canvas").getContext("2d")!;
          const edge = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > edge) out.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${edge})`);
          document.querySelectorAll<HTMLElement>("#panel-peak [data-testid^=stage-], #panel-peak [data-testid^=event-day-]").forEach((row) => {
            const id = row.dataset.testid ?? "";
            row.querySelectorAll("select").forEach((select) => {
              const style = getComputedStyle(select);
              pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              for (const o of Array.from(select.options)) if (pen.measureText(o.text).width > room) out.push(`${id}: “${o.text}” cut (${room} px)`);
            });
            const boxes = Array.from(row.querySelectorAll("input, select, button")).map((e) => e.getBoundingClientRect());
            boxes.forEach((b, i) => {
              if (b.right > edge) out.push(`${id}: control ${i + 1} ends at ${b.right} px`);
              boxes.slice(i + 1).forEach((c, j) => {
                if (b.left < c.right && c.left < b.right && b.top < c.bottom && c.top < b.bottom) out.push(`${id}: controls ${i + 1} and ${i + j + 2} overlap`);
              });
            });
          });
          return out;
        });
        problems.push(...found.map((f) => `${locale} ${width} px: ${f}`));
        await pane.locator("#panel-peak [data-testid=stage-0]").scrollIntoViewIfNeeded();
        await pane.screenshot({ path: path.join(RESULTS, `peak-calendar-${locale}-${width}.png`) });
      }
    }
    await pane.getByTestId("language").selectOption("en-US"); // the language is remembered for the pages after this one
    expect(problems).toEqual([]);
    await pane.close();
  });

  it("starts in preview mode even when office.js cannot be loaded", async () => {
    const offline = await browser.context.newPage();
    await offline.route("**/office-js/**", (route) => route.abort());
    await offline.goto(`${server.url}/taskpane.html`);
    await offline.getByTestId("preview-banner").waitFor({ timeout: 15_000 });
    expect(await offline.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
    await offline.close();
  });

  it("follows a dark theme and stays readable", async () => {
    const dark = await browser.context.newPage();
    await dark.goto(`${server.url}/taskpane.html?theme=dark`);
    await dark.getByTestId("preview-banner").waitFor();
    const colors = await dark.evaluate(() => {
      const provider = document.querySelector(".fui-FluentProvider");
      const style = provider ? getComputedStyle(provider) : undefined;
      return { background: style?.backgroundColor ?? "", color: style?.color ?? "" };
    });
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    expect(luminance(colors.background)).toBeLessThan(0.25);
    expect(luminance(colors.color)).toBeGreaterThan(0.75);
    await dark.screenshot({ path: path.join(RESULTS, "taskpane-staffing-zh-CN-dark.png"), fullPage: true });
    await dark.close();
  });
});
