/** `npm run workbook` as a user runs it: a file and a sheet list, or one line on stderr and exit 2. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    [["--bogus"], "error: unknown flag --bogus (known: --locale, --out)"],
    [["--out"], "error: --out needs a value"],
    [["--plan", "--samples"], "error: give --plan or --samples, not both"],
  ])("answers %j with one line on stderr and exit 2", (args, line) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe("");
  }, 60_000);
});
