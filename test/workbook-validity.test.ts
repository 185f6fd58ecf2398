/**
 * The sample workbook (both locales) is a file every reader takes as it is: no defined name twice
 * for a sheet (Excel would repair it), ExcelJS reads it back, openpyxl loads it with warnings
 * turned into errors, and LibreOffice opens it without a word on stderr and keeps every sheet and
 * print area when it saves it again. Fails (not skips) in CI without soffice.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { LOCALES } from "../src/i18n/locale";
import { buildSampleWorkbook } from "../src/sheets/sample-workbook";
import { writeXlsx } from "../src/xlsx";
import { findOpenpyxlPython } from "./support/openpyxl";
import { convertWithSofficeLog, itWithSoffice } from "./support/recalc";

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
}

const sheetNames = (xml: string): string[] => [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);

/** Print areas by sheet position, each as its list of ranges with "$" and quotes dropped (writers differ there). */
function printAreas(xml: string): Map<string, string> {
  const areas = new Map<string, string>();
  for (const m of xml.matchAll(/<definedName [^>]*name="_xlnm\.Print_Area"[^>]*localSheetId="(\d+)"[^>]*>([^<]*)<\/definedName>|<definedName [^>]*localSheetId="(\d+)"[^>]*name="_xlnm\.Print_Area"[^>]*>([^<]*)<\/definedName>/g)) {
    const ranges = (m[2] ?? m[4]!).split(",").map((r) => r.replace(/^.*!/, "").replace(/\$/g, ""));
    areas.set(m[1] ?? m[3]!, ranges.join(","));
  }
  return areas;
}

function openpyxlStrict(file: string): Promise<string> {
  const python = findOpenpyxlPython();
  if (python === null) throw new Error("python3 with openpyxl is not installed (apt-get install python3-openpyxl)");
  return new Promise((resolve) => {
    execFile(python, ["-W", "error", "-c", "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1])", file], { timeout: 300_000 }, (error, _stdout, stderr) =>
      resolve(error ? `${error.message}\n${stderr}` : ""),
    );
  });
}

describe.each(LOCALES)("the sample workbook (%s) opens without warnings or repairs", (locale) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeXlsx(await buildSampleWorkbook(locale));
  }, 600_000);

  it("names each defined name once per sheet, and ExcelJS reads the file back", async () => {
    const xml = await workbookXml(bytes);
    const keys = [...xml.matchAll(/<definedName ([^>]*)>/g)].map((m) => {
      const name = /name="([^"]*)"/.exec(m[1]!)![1];
      const sheet = /localSheetId="(\d+)"/.exec(m[1]!)?.[1] ?? "workbook";
      return `${name}@${sheet}`;
    });
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const wb = await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(sheetNames(xml));
  }, 600_000);

  it("openpyxl loads it with warnings turned into errors", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kefu-valid-"));
    try {
      const file = join(dir, "book.xlsx");
      await writeFile(file, bytes);
      expect(await openpyxlStrict(file)).toBe("");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000);

  itWithSoffice()(
    "LibreOffice opens it silently and saves every sheet and print area back",
    async () => {
      const { bytes: saved, stderr } = await convertWithSofficeLog(bytes, "xlsx:Calc MS Excel 2007 XML", "xlsx");
      // The one line this machine's soffice always prints (no Java runtime) says nothing about the file.
      const complaints = stderr.split("\n").filter((line) => line.trim() !== "" && !/failed to launch javaldx/.test(line));
      expect(complaints).toEqual([]);
      const ours = await workbookXml(bytes);
      const theirs = await workbookXml(saved);
      expect(sheetNames(theirs)).toEqual(sheetNames(ours));
      expect(printAreas(ours).size).toBeGreaterThan(5);
      expect(printAreas(theirs)).toEqual(printAreas(ours));
    },
    600_000,
  );
});
