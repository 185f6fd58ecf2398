/**
 * Printing the sample workbook (zh-CN) in LibreOffice: pages per sheet, found from the PDF (each
 * sheet starts on the first page, after the previous sheet's start, that shows its title). Each
 * coaching form prints on one A4 page. Fails (not skips) in CI without soffice.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSampleWorkbook } from "../src/sheets/sample-workbook";
import type { SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { convertWithSoffice, itWithSoffice } from "./support/recalc";

/** The text a sheet's first printed page surely shows: its first text in the top row. */
function titleOf(spec: SheetSpec): string {
  const top = spec.cells.filter((c) => c.row === 0 && typeof c.value === "string" && c.value !== "").sort((a, b) => a.col - b.col)[0];
  if (!top) throw new Error(`Sheet ${spec.id} has no title in its first row`);
  return (top.value as string).replace(/\s+/g, "");
}

/** Pages per sheet of the printed workbook, in sheet order. */
async function pagesPerSheet(specs: readonly SheetSpec[], pdf: Uint8Array): Promise<Map<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), "kefu-print-"));
  try {
    const file = join(dir, "book.pdf");
    await writeFile(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    const texts = Array.from({ length: pages }, (_x, i) => execFileSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, file, "-"], { encoding: "utf8" }).replace(/\s+/g, ""));
    const starts: number[] = [];
    let from = 0;
    for (const spec of specs) {
      const title = titleOf(spec);
      const at = texts.findIndex((t, i) => i >= from && t.includes(title));
      if (at < 0) throw new Error(`No page from ${from + 1} on shows the title of ${spec.id}: ${title}`);
      starts.push(at);
      from = at + 1;
    }
    return new Map(specs.map((s, i) => [s.id, (starts[i + 1] ?? pages) - starts[i]!]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("printing the sample workbook (zh-CN)", () => {
  itWithSoffice()(
    "each coaching form prints on one A4 page",
    async () => {
      const specs = await buildSampleWorkbook("zh-CN");
      const pdf = await convertWithSoffice(await writeXlsx(specs), "pdf", "pdf");
      const pages = await pagesPerSheet(specs, pdf);
      const forms = specs.filter((s) => s.id.startsWith("coaching"));
      expect(forms.length).toBeGreaterThanOrEqual(6);
      expect(forms.map((s) => [s.id, pages.get(s.id)])).toEqual(forms.map((s) => [s.id, 1]));
      // Every sheet prints (the page lookup found each one), and the list is the closing note's.
      process.stdout.write(`pages per sheet: ${JSON.stringify(Object.fromEntries(pages))}\n`);
    },
    600_000,
  );
});
