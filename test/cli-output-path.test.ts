/**
 * Both command lines check where they write BEFORE working and answer in one line, in the
 * language of --locale: an existing file is never overwritten, a folder or a kernel file system
 * (/proc, which made the workbook command hang) is refused, and absurd roster demands get a
 * message naming the field instead of a solver status code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkOutputPath } from "../src/cli/output-path";
import { isInputError } from "../src/core/errors";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

/** Runs `npm run <cli>` as a user would (through tsx), with a guard against hanging. */
function run(cli: "workbook" | "roster", args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [join(ROOT, `src/cli/${cli}.ts`), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8" }, timeout: 60_000 });
  if (r.error) throw r.error; // a timeout (the /proc hang) fails here
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLine(r: { status: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.status).not.toBe(0);
  expect(r.status).not.toBeNull();
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^error: [^\n]+\n$/);
  expect(r.stderr).toMatch(pattern);
}

const dir = mkdtempSync(join(tmpdir(), "kefu-out-"));
const existing = join(dir, "mine.xlsx");
writeFileSync(existing, "the user's own file");

describe("npm run workbook --out", () => {
  it("refuses an existing file and leaves it untouched (en-US and zh-CN)", () => {
    expectOneLine(run("workbook", ["--locale", "en-US", "--out", existing]), /mine\.xlsx exists already; choose another --out file/);
    expectOneLine(run("workbook", ["--locale", "zh-CN", "--out", existing]), /mine\.xlsx 已存在；请换一个 --out 文件/);
    expect(readFileSync(existing, "utf8")).toBe("the user's own file");
  });

  it("refuses /proc at once instead of hanging (en-US and zh-CN)", () => {
    expectOneLine(run("workbook", ["--locale", "en-US", "--out", "/proc/kefu.xlsx"]), /cannot write to \/proc: that folder belongs to the system/);
    expectOneLine(run("workbook", ["--locale", "zh-CN", "--out", "/proc/self/kefu.xlsx"]), /无法写入 \/proc\/self：该文件夹属于系统/);
  });

  it("refuses a folder", () => {
    expectOneLine(run("workbook", ["--locale", "en-US", "--out", dir]), /is a folder; give --out a file name/);
  });
});

describe("npm run roster --out", () => {
  it("checks the output path before reading or solving the scenario", () => {
    // The --in file does not exist: the --out error comes first, so nothing was read or solved.
    const r = run("roster", ["--in", join(dir, "missing.json"), "--out", existing, "--locale", "zh-CN"]);
    expectOneLine(r, /已存在；请换一个 --out 文件/);
    expect(r.status).toBe(2);
    expectOneLine(run("roster", ["--out", "/sys/kefu.xlsx", "--locale", "en-US"]), /cannot write to \/sys: that folder belongs to the system/);
  });

  it("answers a demand of 1e308 with the field and the limit, in both languages", () => {
    const day = Array.from({ length: 144 }, (_, i) => (i === 3 ? 1e308 : 2));
    const file = join(dir, "huge.json");
    writeFileSync(file, JSON.stringify({ slotMinutes: 10, demand: [day], shifts: [{ name: "Day", start: "08:00", end: "17:00" }] }));
    expectOneLine(run("roster", ["--in", file, "--locale", "en-US"]), /^error: demand\[0\]\[3\] must be at most 100,000; got 1e\+308\.\n$/);
    expectOneLine(run("roster", ["--in", file, "--locale", "zh-CN"]), /^error: demand\[0\]\[3\] 不能超过 100,000;收到 1e\+308。\n$/);
  });
});

describe("checkOutputPath", () => {
  const refusal = (path: string): string => {
    try {
      checkOutputPath(path);
    } catch (e) {
      if (isInputError(e)) return `${e.text["en-US"]} | ${e.text["zh-CN"]}`;
      throw e;
    }
    return "accepted";
  };

  it("accepts a new file, also in folders still to be created", () => {
    expect(checkOutputPath(join(dir, "new.xlsx"))).toBe(join(dir, "new.xlsx"));
    expect(refusal(join(dir, "a", "b", "new.xlsx"))).toBe("accepted");
  });

  it("refuses a path through a file, /dev and an empty name, in both languages", () => {
    expect(statSync(existing).isFile()).toBe(true);
    expect(refusal(join(existing, "x.xlsx"))).toMatch(/mine\.xlsx: it is not a folder \| 无法在 .*mine\.xlsx 下写入：它不是文件夹/);
    expect(refusal("/dev/kefu.xlsx")).toMatch(/^cannot write to \/dev: .* \| 无法写入 \/dev：/);
    expect(refusal(" ")).toBe("--out needs a file name | --out 需要一个文件名");
  });
});
