/**
 * Recalculates an .xlsx in LibreOffice headless and reads the result back with ExcelJS, so tests
 * can check the values generated formulas really compute (see docs/reference/libreoffice-recalc.md).
 *
 * Each call runs soffice with its own temporary profile whose registrymodifications.xcu sets
 * OOXMLRecalcMode = 0 ("always recalculate": the default trusts cached results, trap 1). A private
 * profile per call also keeps parallel jest workers from colliding on one profile lock.
 *
 * @example
 * const wb = await recalculate(bytes);
 * expect(cellValue(wb.getWorksheet("Log")!, "B3")).toBe(42);
 * expect(findErrorCells(wb)).toEqual([]);
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { loadXlsx } from "../../src/xlsx";

const RECALC_PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Generous: the first run of a fresh profile takes a few seconds, a big book ~3 s more; a PDF of the whole sample workbook on a busy machine, minutes. */
const SOFFICE_TIMEOUT_MS = 300_000;

let sofficePath: string | null | undefined;

/** The soffice executable, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  if (sofficePath !== undefined) return sofficePath;
  const candidates = [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"];
  sofficePath = candidates.find((p): p is string => typeof p === "string" && p !== "" && existsSync(p)) ?? null;
  if (sofficePath === null) {
    try {
      const found = execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim();
      if (found !== "") sofficePath = found;
    } catch {
      // not on PATH
    }
  }
  return sofficePath;
}

/**
 * `it` when LibreOffice is installed. Without it: in CI (`process.env.CI`) this throws, so the
 * suite fails instead of silently skipping; locally it warns loudly and returns `it.skip`.
 */
export function itWithSoffice(): jest.It {
  if (findSoffice() !== null) return it;
  const message =
    "LibreOffice (soffice) is not installed: recalculation tests cannot run. " +
    "Install it: apt-get install -y --no-install-recommends libreoffice-calc";
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!!!!!!!!!\n!!! SKIPPED: ${message}\n!!!!!!!!!!\n`);
  return it.skip;
}

function run(file: string, args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: SOFFICE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

let profileTemplate: Promise<string> | undefined;

/**
 * Workbooks read back from LibreOffice: every formula there has a result, so a formula with none
 * is one whose result is "" (LibreOffice writes `<v></v>`, which ExcelJS reads as no result).
 */
const recalculated = new WeakSet<ExcelJS.Workbook>();

/**
 * A profile initialised once per test process (LibreOffice's first start in a fresh profile is
 * slow); each call works on a private copy of it.
 */
function initialisedProfile(soffice: string): Promise<string> {
  profileTemplate ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), "kefu-lo-template-"));
    const profile = join(dir, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE_XCU);
    // Converting an empty text file makes soffice build the rest of the profile.
    await writeFile(join(dir, "warmup.txt"), "x\n");
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "csv",
      "--outdir",
      join(dir, "out"),
      join(dir, "warmup.txt"),
    ]);
    // soffice rewrites the xcu on exit; make sure our setting is still the one that counts.
    await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE_XCU);
    process.once("exit", () => {
      try {
        execFileSync("rm", ["-rf", dir]);
      } catch {
        // best effort clean-up
      }
    });
    return profile;
  })();
  return profileTemplate;
}

/**
 * Opens `input` (a path or the bytes of an .xlsx) in LibreOffice headless with "always
 * recalculate" and returns the bytes of the .xlsx it saves.
 *
 * @throws when soffice is missing or produces no output (it exits 0 even when it fails, trap 3).
 */
export async function recalculatedBytes(input: string | Uint8Array): Promise<Uint8Array> {
  return convertWithSoffice(input, "xlsx:Calc MS Excel 2007 XML", "xlsx");
}

/**
 * Converts `input` with LibreOffice headless (private "always recalculate" profile) to the given
 * filter, e.g. "pdf" or "xlsx:Calc MS Excel 2007 XML"; returns the output file's bytes.
 */
export async function convertWithSoffice(input: string | Uint8Array, filter: string, extension: string): Promise<Uint8Array> {
  return (await convertWithSofficeLog(input, filter, extension)).bytes;
}

/** {@link convertWithSoffice}, also returning what soffice wrote to stdout and stderr. */
export async function convertWithSofficeLog(
  input: string | Uint8Array,
  filter: string,
  extension: string,
): Promise<{ bytes: Uint8Array; stdout: string; stderr: string }> {
  const soffice = findSoffice();
  if (soffice === null) throw new Error("LibreOffice (soffice) is not installed");
  const work = await mkdtemp(join(tmpdir(), "kefu-recalc-"));
  try {
    const profile = join(work, "profile");
    await cp(await initialisedProfile(soffice), profile, { recursive: true });
    // Re-write the setting in the copy too: cheap insurance against a profile rewritten on exit.
    await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE_XCU);
    const inDir = join(work, "in");
    const outDir = join(work, "out");
    await mkdir(inDir);
    const source = join(inDir, "book.xlsx");
    if (typeof input === "string") await cp(input, source);
    else await writeFile(source, input);
    const { stdout, stderr } = await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      source,
    ]);
    const output = join(outDir, `book.${extension}`);
    if (!existsSync(output)) {
      throw new Error(`LibreOffice wrote no output for ${typeof input === "string" ? input : "the workbook"}:\n${stdout}\n${stderr}`);
    }
    return { bytes: new Uint8Array(await readFile(output)), stdout, stderr };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Opens `input` (a path or the bytes of an .xlsx) in LibreOffice headless with "always
 * recalculate", saves it as .xlsx and reads that back with ExcelJS. Formula cells then hold
 * LibreOffice's results in `cell.result` (read them with {@link cellValue}).
 *
 * @throws when soffice is missing or produces no output (it exits 0 even when it fails, trap 3).
 */
export async function recalculate(input: string | Uint8Array): Promise<ExcelJS.Workbook> {
  // loadXlsx: ExcelJS alone cannot parse calculated table columns (src/xlsx/table-formulas.ts).
  const workbook = await loadXlsx(await recalculatedBytes(input));
  recalculated.add(workbook);
  return workbook;
}

/** A cell's plain value: the result for formula cells, the text for rich text, `{error}` → "#N/A". */
export function plainValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: unknown }).error);
    if (result instanceof Date) return result.getTime() / 86_400_000 + 25_569;
    return result as string | number | boolean;
  }
  if ("text" in value) return value.text;
  return null;
}

/**
 * The value of one cell by A1 address: the computed result for a formula (trap 4: `cell.value`
 * drops results that are 0, FALSE or ""), dates as Excel serial numbers, errors as "#DIV/0!".
 */
export function cellValue(ws: ExcelJS.Worksheet, address: string): string | number | boolean | null {
  const cell = ws.getCell(address);
  if (cell.formula || cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result;
    if (result === undefined || result === null) return recalculated.has(ws.workbook) ? "" : null;
    return plainValue(result as ExcelJS.CellValue);
  }
  return plainValue(cell.value);
}

const ERROR_TEXT = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|#SPILL!|#CALC!|Err:\d{3})$/;

/** True for an error value as LibreOffice or Excel shows it (#NAME?, #REF!, Err:502…). */
export function isErrorValue(v: unknown): boolean {
  return typeof v === "string" && ERROR_TEXT.test(v.trim());
}

export interface ErrorCell {
  sheet: string;
  address: string;
  value: string;
  formula?: string;
}

/** Every cell in every sheet whose value (or formula result) is an error. */
export function findErrorCells(workbook: ExcelJS.Workbook): ErrorCell[] {
  const found: ErrorCell[] = [];
  workbook.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cellValue(ws, cell.address);
        if (isErrorValue(v)) {
          const hit: ErrorCell = { sheet: ws.name, address: cell.address, value: String(v) };
          if (cell.formula) hit.formula = cell.formula;
          found.push(hit);
        }
      });
    });
  });
  return found;
}
