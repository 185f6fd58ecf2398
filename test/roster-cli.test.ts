/** `npm run roster`: JSON summary, human summary, workbook output, one-line errors with exit 2. */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/roster";

jest.setTimeout(120_000);

const root = join(__dirname, "..");

async function runMain(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(argv, "en-US");
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe("roster CLI", () => {
  it("--json prints only the summary: pyworkforce costs 113, nothing unmet", async () => {
    const r = await runMain(["--in", join(root, "examples/pyworkforce.json"), "--json"]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { status: string; cost: number; shifts: Array<{ day: number; shift: string; start: string; count: number }>; unmet: unknown[] };
    expect(summary.status).toBe("optimal");
    expect(summary.cost).toBe(113);
    expect(summary.unmet).toEqual([]);
    expect(summary.shifts.reduce((n, s) => n + s.count, 0)).toBe(113);
    expect(Object.keys(summary.shifts[0]!).sort()).toEqual(["count", "day", "shift", "start"]);
  });

  it("lists unmet slots with the missing amount when capacity is short", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const file = join(dir, "short.json");
    const demand = Array.from({ length: 24 }, (_, h) => (h === 9 ? 4 : 0));
    writeFileSync(file, JSON.stringify({ slotMinutes: 60, demand: [demand], shifts: [{ name: "D", start: "09:00", end: "10:00", cost: 1, max: 1 }] }));
    const r = await runMain(["--in", file, "--json"]);
    expect(JSON.parse(r.stdout).unmet).toEqual([{ day: 0, slot: 9, time: "09:00", missing: 3 }]);
  });

  it("without --in solves the Double-11 preset and prints a short human summary", async () => {
    const r = await runMain([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Status optimal, cost [\d.]+, \d+ shifts in the plan, 0 unmet person-slots/);
    expect(r.stdout).toContain("Overnight");
  });

  it("--out writes the roster workbook and never overwrites an existing file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const out = join(dir, "roster.xlsx");
    const first = await runMain(["--out", out, "--locale", "zh-CN"]);
    expect(first.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["排班表", "班次方案", "公平台账"]);
    // The printed verdict is the named roster's, word for word the plan sheet's verdict cell.
    const cells: string[] = [];
    wb.getWorksheet("班次方案")!.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && cells.push(c.value))));
    const printed = first.stdout.split("\n").find((l) => /^(已覆盖|人手不足)/.test(l));
    expect(printed).toBeDefined();
    expect(cells).toContain(printed);
    const again = await runMain(["--out", out]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("exists already");
  });

  it.each([
    [["--in", "does-not-exist.json"], "Cannot read"],
    [["--bogus", "1"], "unknown flag --bogus"],
    [["--locale", "fr-FR"], "--locale must be one of"],
    [["--gap", "lots"], "--gap must be a percentage"],
  ])("bad call %j → exit 2, one line on stderr", async (argv, message) => {
    const r = await runMain(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it("a bad scenario names the field (end to end through npm's script: tsx, exit code 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-cli-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ slotMinutes: 10, demand: [[1]], shifts: [] }));
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(join(root, "node_modules/.bin/tsx"), ["src/cli/roster.ts", "--in", file, "--json"], { cwd: root, env: { ...process.env, LANG: "zh_CN.UTF-8" } }, (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("demand[0]");
    expect(result.stderr).toContain("必须有 144 个数字");
    expect(existsSync(file)).toBe(true);
  });
});
