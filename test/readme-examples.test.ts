/**
 * The README's function reference promises that its examples give the results shown. This
 * evaluates every `=CS.NAME(...)` → result pair in the README against the BUILT functions
 * (`npm run build` first), the way Excel calls them, so the documentation cannot drift.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { functionReference, readmeExamples } from "../scripts/help/readme-examples";
import { isExcelError, loadFunctions } from "./support/load-functions";

const README = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
const reference = functionReference(README);

/** Splits at top-level commas (not inside {}, () or quotes). */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "{" || ch === "(")) depth += 1;
    else if (!quoted && (ch === "}" || ch === ")")) depth -= 1;
    if (ch === "," && depth === 0 && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/** Excel's serial number of a date (1900 system). */
function excelSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}

/** One argument as Excel passes it: omitted → null, array constants → matrices, DATE → serial. */
function parseArg(text: string): unknown {
  if (text === "") return null;
  if (/^".*"$/.test(text)) return text.slice(1, -1);
  if (/^(TRUE|FALSE)$/i.test(text)) return /^TRUE$/i.test(text);
  const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)$/i.exec(text);
  if (date) return excelSerial(Number(date[1]), Number(date[2]), Number(date[3]));
  if (text.startsWith("{")) {
    return text
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map((v) => parseArg(v.trim())));
  }
  const n = Number(text);
  if (Number.isNaN(n)) throw new Error(`README example argument "${text}" is not understood by this test`);
  return n;
}

const examples = readmeExamples(README).map((e) => ({
  formula: e.formula,
  id: e.id,
  args: splitArgs(e.argsText).map(parseArg),
  expected: e.result.split(/[,/]/).map((v) => v.trim()),
}));

function flatten(value: unknown): unknown[] {
  return Array.isArray(value) ? value.flatMap(flatten) : [value];
}

describe("README function examples", () => {
  const functions = loadFunctions();

  test("the README has an example for every public function it lists", () => {
    const documented = new Set([...reference.matchAll(/^\| `([A-Z0-9_.]+)\(/gm)].map((m) => m[1]));
    const exemplified = new Set(examples.map((e) => e.id));
    expect([...documented].filter((id) => !exemplified.has(id as string))).toEqual([]);
    expect(examples.length).toBeGreaterThanOrEqual(documented.size);
  });

  test.each(examples.map((e) => [e.formula, e] as const))("%s gives the documented result", (_formula, example) => {
    const result = functions.call(example.id, ...example.args);
    expect(isExcelError(result)).toBe(false);
    const actual = flatten(result);
    expect(actual).toHaveLength(example.expected.length);
    actual.forEach((value, i) => {
      const shown = example.expected[i] as string;
      const decimals = shown.includes(".") ? (shown.split(".")[1] as string).length : 0;
      // The README rounds for reading: the value rounded to the digits shown must match them.
      expect({ cell: i, value: Number((value as number).toFixed(decimals)) }).toEqual({ cell: i, value: Number(shown) });
    });
  });
});
