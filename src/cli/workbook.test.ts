/** `npm run workbook` as a user runs it: a file and a sheet list, or one line on stderr and exit 2. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computePeakPlan, parsePeakPlanFile } from "../core/peak";
import { SAMPLE_TEAM } from "../core/sample/team";
import { peopleNeededRef } from "../sheets/peak/headcount-sheet";
import { loadXlsx } from "../xlsx";

const TSX = join(__dirname, "../../node_modules/.bin/tsx");
const SCRIPT = join(__dirname, "workbook.ts");

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [SCRIPT, ...args], { encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8" }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run workbook", () => {
  it.each([
    [["--samples"], "Contents"],
    [[], "Peak map"],
  ])("%j writes the workbook to --out, creating the folder, and lists its sheets", async (book, firstSheet) => {
    const dir = mkdtempSync(join(tmpdir(), "kefu-cli-"));
    try {
      const out = join(dir, "nested", "book.xlsx");
      const r = run([...book, "--locale", "en-US", "--out", out]);
      expect(r.status).toBe(0);
      // At most a note about charts, which only the Office.js writer can draw.
      expect(r.stderr).toMatch(/^(note: \d+ chart\(s\) appear only when the add-in writes the sheets into Excel.*\n)?$/);
      expect(existsSync(out)).toBe(true);
      const lines = r.stdout.trim().split("\n");
      expect(lines[0]).toBe(out);
      const wb = await loadXlsx(readFileSync(out));
      expect(lines.slice(1).map((l) => l.replace(/^\s*\d+\.\s/, ""))).toEqual(wb.worksheets.map((ws) => ws.name));
      expect(wb.worksheets[0]!.name).toBe(firstSheet);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000); // builds every generator's sample (a roster solve included) in a child process

  it.each([
    [["--locale", "fr"], 'error: --locale must be one of en-US | zh-CN, not "fr"'],
    [["--bogus"], "error: unknown flag --bogus (known: --locale, --out, --in, --team)"],
    [["--out"], "error: --out needs a value"],
    [["--plan", "--samples"], "error: give --plan or --samples, not both"],
    [["--in", "examples/peak-plan.json", "--locale", "en-US"], "error: --in needs --team team.csv (your team, one name per row)"],
    [["--team", "examples/team.csv", "--locale", "en-US"], "error: --team needs --in peak.json (the plan file): the sample plan keeps the sample team"],
    [["--samples", "--in", "a.json", "--team", "t.csv", "--locale", "en-US"], "error: --in and --team make a peak plan: leave out --samples"],
  ])("answers %j with one line on stderr and exit 2", (args, line) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe("");
  }, 60_000);

  describe("a user's own plan (--in peak.json --team team.csv)", () => {
    const example = (name: string) => join(__dirname, "../../examples", name);

    it("writes the linked plan from the files: the engine's people per day, the team on the rosters, no sample names", async () => {
      const dir = mkdtempSync(join(tmpdir(), "kefu-cli-"));
      try {
        const out = join(dir, "plan.xlsx");
        const r = run(["--in", example("peak-plan.json"), "--team", example("team.csv"), "--locale", "en-US", "--out", out]);
        expect(r.stderr).toBe("");
        expect(r.status).toBe(0);
        const wb = await loadXlsx(readFileSync(out));
        const cells = new Set<string>();
        wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void cells.add(typeof c.value === "object" && c.value && "result" in c.value ? String(c.value.result) : String(c.value)))));
        // The team file's 45 people are on the plan; nobody of the sample team is.
        const team = readFileSync(example("team.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",")[0]!);
        expect(team).toHaveLength(45);
        for (const name of team) expect(cells).toContain(name);
        const sampleOnly = SAMPLE_TEAM.map((a) => a.name).filter((n) => !team.includes(n));
        expect(sampleOnly.length).toBeGreaterThan(20);
        for (const name of sampleOnly) expect(cells).not.toContain(name);
        // People needed per event day (cached on the headcount sheet) are the engine's for the parsed file.
        const { plan } = parsePeakPlanFile(readFileSync(example("peak-plan.json"), "utf8"), team.length);
        const numbers = computePeakPlan(plan);
        const headcount = wb.getWorksheet("Headcount")!;
        plan.calendar.eventDays.forEach((_d, d) => {
          const [, address] = peopleNeededRef(d).split("!");
          const v = headcount.getCell(address!.replace(/\$/g, "")).value as { result?: number };
          expect(v.result).toBe(numbers.peopleNeeded[d]);
        });
        // One verdict line per event day after the sheet list, the words of that day's shift-plan sheet.
        const verdicts = r.stdout.trim().split("\n").slice(1 + wb.worksheets.length);
        expect(verdicts).toHaveLength(2);
        for (const line of verdicts) expect(cells).toContain(line.replace(/^[^:]+: /, ""));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);

    it.each([
      ['{"calendar": {"stages": [], "eventDays": []}}', "peak.json: The calendar needs at least one stage."],
      ['{"calendar": {"stages": [{"kind": "event", "start": "2027-02-27", "end": "2027-02-30"}], "eventDays": [{"date": "2027-02-27"}]}}', 'peak.json: calendar.stages[1].end must be a date written 2026-11-11; got "2027-02-30".'],
      ["{ not json", "peak.json: The plan file is not valid JSON"],
    ])("a bad plan file %s → one line naming the file and the field, exit 1, nothing written", (json, line) => {
      const dir = mkdtempSync(join(tmpdir(), "kefu-cli-"));
      try {
        writeFileSync(join(dir, "peak.json"), json);
        const out = join(dir, "plan.xlsx");
        const r = run(["--in", join(dir, "peak.json"), "--team", example("team.csv"), "--locale", "en-US", "--out", out]);
        expect(r.status).toBe(1);
        expect(r.stderr.split("\n")).toHaveLength(2);
        expect(r.stderr).toContain(line);
        expect(existsSync(out)).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);

    it("a team file with a number for a name names the cell (and reads a GBK-encoded CSV from Excel)", () => {
      const dir = mkdtempSync(join(tmpdir(), "kefu-cli-"));
      try {
        // "姓名\n王芳\n123\n" in GBK, as Excel's plain "CSV" saves it on a Chinese Windows.
        writeFileSync(join(dir, "team.csv"), Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xcd, 0xf5, 0xb7, 0xbc, 0x0a, 0x31, 0x32, 0x33, 0x0a]));
        const r = run(["--in", example("peak-plan.json"), "--team", join(dir, "team.csv"), "--locale", "zh-CN", "--out", join(dir, "plan.xlsx")]);
        expect(r.status).toBe(1);
        expect(r.stderr).toBe(`error: ${join(dir, "team.csv")}：单元格 A3 的内容“123”不是姓名：姓名须为文字（数字、日期、时间和 TRUE/FALSE 不能作为姓名）。\n`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });
});
