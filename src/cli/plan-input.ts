/**
 * The files a user's peak plan is made from on the command line: the plan (`--in peak.json`, read
 * by `parsePeakPlanFile`) and the team (`--team team.csv|team.xlsx`, one person per row, read by the
 * pane's people rule: a heading row such as 姓名 / 用工类型 is recognised, names are text, the
 * employment column takes 全职 / 临时). Every message names the file and says what is wrong in it.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { InputError } from "../core/errors";
import { parsePeakPlanFile, type PeakPlanFile } from "../core/peak";
import type { Agent } from "../core/team/types";
import type { Locale } from "../i18n/locale";
import { TASKPANE_TEXT } from "../i18n/taskpane";
import type { Scalar } from "../sheets/spec";
import { agentsFromRows, readPeople } from "../taskpane/people";

const inFile = (file: string, error: unknown): InputError => {
  const said = error instanceof InputError ? error.text : { "en-US": String(error), "zh-CN": String(error) };
  return new InputError({ "en-US": `${file}: ${said["en-US"]}`, "zh-CN": `${file}：${said["zh-CN"]}` });
};

async function bytesOf(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new InputError({ "en-US": `Cannot read ${path}: ${detail}`, "zh-CN": `无法读取 ${path}：${detail}` });
  }
}

/** UTF-8 (with or without BOM), else GB18030: Excel's "CSV" on a Chinese Windows saves GBK. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** The cell values of a worksheet, row by row (rich text and formulas as what they show). */
function sheetValues(ws: ExcelJS.Worksheet): Scalar[][] {
  const rows: Scalar[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: Scalar[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, 1); c++) {
      const v = row.getCell(c).value;
      if (v === null || v === undefined) values.push(null);
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") values.push(v);
      else if (v instanceof Date) values.push(v.toISOString().slice(0, 10));
      else values.push(row.getCell(c).text);
    }
    rows.push(values);
  }
  return rows;
}

/** The team of a CSV or .xlsx file (its first sheet). */
export async function readTeamFile(path: string): Promise<Agent[]> {
  const bytes = await bytesOf(path);
  const workbook = new ExcelJS.Workbook();
  const ext = extname(path).toLowerCase();
  try {
    if (ext === ".xlsx") await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    else if (ext === ".csv" || ext === ".txt") await workbook.csv.read(Readable.from([decodeText(bytes)]));
    else throw new InputError({ "en-US": "the team file must be .csv or .xlsx", "zh-CN": "团队文件须为 .csv 或 .xlsx" });
  } catch (e) {
    throw inFile(path, e instanceof InputError ? e : new InputError({ "en-US": `cannot be read as ${ext}: ${String(e)}`, "zh-CN": `无法按 ${ext} 读取：${String(e)}` }));
  }
  const ws = workbook.worksheets[0];
  const values = ws ? sheetValues(ws) : [];
  const read = (locale: Locale) => readPeople(values, { top: 0, left: 0 }, TASKPANE_TEXT[locale]);
  const en = read("en-US");
  if (!en.ok) {
    const zh = read("zh-CN");
    throw inFile(path, new InputError({ "en-US": en.message, "zh-CN": zh.ok ? en.message : zh.message }));
  }
  return agentsFromRows(en.people);
}

/** The plan file; people on hand default to the team's size. */
export async function readPlanFile(path: string, teamSize: number): Promise<PeakPlanFile> {
  const bytes = await bytesOf(path);
  try {
    return parsePeakPlanFile(decodeText(bytes), teamSize);
  } catch (e) {
    throw inFile(path, e);
  }
}
