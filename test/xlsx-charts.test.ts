/**
 * Native charts in the .xlsx: every chart the Office.js writer draws is also in the file as
 * DrawingML (one drawing part per sheet, one chart part per chart, cached values so viewers that do
 * not calculate draw it), and LibreOffice really draws it: every page that carries a chart title
 * looks like no page of the same workbook written without charts.
 * The chart and drawing parts of the sample workbook and of the peak plan validate (xmllint) against
 * the ISO/IEC 29500-4 transitional schemas in test/ooxml-xsd (OOXML_XSD_DIR overrides the folder).
 */
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildSampleSheets, type Generator } from "../src/sheets/generator";
import { PEAK_GENERATOR } from "../src/sheets/peak/generator";
import { buildSampleWorkbook } from "../src/sheets/sample-workbook";
import type { SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { convertWithSoffice, itWithSoffice } from "./support/recalc";

let built: Promise<{ specs: SheetSpec[]; bytes: Uint8Array }> | undefined;
const sample = (): Promise<{ specs: SheetSpec[]; bytes: Uint8Array }> =>
  (built ??= (async () => {
    const specs = await buildSampleWorkbook("zh-CN");
    return { specs, bytes: await writeXlsx(specs) };
  })());

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const path of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(path)) out.set(path, await zip.file(path)!.async("string"));
  return out;
}

/** Page images (gray levels) of a PDF, one array per page, at a low resolution. */
async function pageImages(pdf: Uint8Array): Promise<{ width: number; height: number; pixels: Uint8Array }[]> {
  const dir = await mkdtemp(join(tmpdir(), "kefu-pages-"));
  try {
    await writeFile(join(dir, "book.pdf"), pdf);
    execFileSync("pdftoppm", ["-gray", "-r", "30", join(dir, "book.pdf"), join(dir, "page")]);
    const files = (await readdir(dir)).filter((f) => f.endsWith(".pgm")).sort();
    return Promise.all(
      files.map(async (f) => {
        const data = await readFile(join(dir, f));
        // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString("latin1"))!;
        return { width: Number(header[1]), height: Number(header[2]), pixels: new Uint8Array(data.subarray(header[0].length)) };
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function pageTexts(pdf: Uint8Array, pages: number): string[] {
  const dir = join(tmpdir(), `kefu-text-${process.pid}-${Date.now()}.pdf`);
  writeFileSync(dir, pdf);
  try {
    return Array.from({ length: pages }, (_x, i) => execFileSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, dir, "-"], { encoding: "utf8" }));
  } finally {
    rmSync(dir);
  }
}

describe("native charts in the sample workbook (zh-CN)", () => {
  it("one drawing part per sheet, one chart part per spec chart, relationships, content types and schema order", async () => {
    const { specs, bytes } = await sample();
    const files = await parts(bytes);
    const chartsInSpecs = specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
    expect(chartsInSpecs).toBeGreaterThanOrEqual(3); // headcount, roster coverage, payout summary
    const chartParts = [...files.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(chartParts).toHaveLength(chartsInSpecs);
    const types = files.get("[Content_Types].xml")!;
    for (const p of chartParts) expect(types).toContain(`PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);

    let frames = 0;
    for (const [path, xml] of files) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) continue;
      const drawings = xml.match(/<drawing\b/g) ?? [];
      expect({ path, drawings: drawings.length }).toEqual({ path, drawings: Math.min(1, drawings.length) });
      if (drawings.length === 0) continue;
      // Schema order: after the page setup and footer, before legacy drawings and table parts.
      const at = xml.indexOf("<drawing");
      for (const before of ["<pageSetup", "<headerFooter", "<pageMargins"]) if (xml.includes(before)) expect(xml.indexOf(before)).toBeLessThan(at);
      for (const after of ["<legacyDrawing", "<tableParts", "<extLst"]) if (xml.includes(after)) expect(xml.indexOf(after)).toBeGreaterThan(at);
      const rId = /<drawing r:id="([^"]+)"/.exec(xml)![1]!;
      const rels = files.get(path.replace("worksheets/", "worksheets/_rels/") + ".rels")!;
      const target = new RegExp(`Id="${rId}"[^>]*Target="\\.\\./drawings/([^"]+)"`).exec(rels)![1]!;
      const drawing = files.get(`xl/drawings/${target}`)!;
      expect(types).toContain(`PartName="/xl/drawings/${target}"`);
      const drawingRels = files.get(`xl/drawings/_rels/${target}.rels`)!;
      for (const m of drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)) {
        frames++;
        const chart = new RegExp(`Id="${m[1]}"[^>]*Target="\\.\\./charts/([^"]+)"`).exec(drawingRels)![1]!;
        expect(files.has(`xl/charts/${chart}`)).toBe(true);
      }
    }
    expect(frames).toBe(chartsInSpecs);
  }, 600_000);

  it("caches what each chart shows: categories and every series' values, as the sheet computes them", async () => {
    const { specs, bytes } = await sample();
    const files = await parts(bytes);
    const wb = await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const withCharts = specs.filter((s) => (s.charts?.length ?? 0) > 0);
    const chartXml = [...files].filter(([p]) => /^xl\/charts\//.test(p)).map(([, xml]) => xml);
    for (const spec of withCharts) {
      for (const chart of spec.charts!) {
        // Titles repeat across sheets (pre- and after-sale QA): the series references name the sheet.
        const xml = chartXml.find((x) => x.includes(`<a:t>${chart.title}</a:t>`) && x.includes(`<c:f>'${spec.name}'!`));
        expect(xml).toBeDefined();
        const rows = chart.source.bottom - chart.source.top;
        const series = [...xml!.matchAll(/<c:val><c:numRef><c:f>([^<]+)<\/c:f><c:numCache>.*?<c:ptCount val="(\d+)"\/>(.*?)<\/c:numCache>/g)];
        expect(series).toHaveLength(chart.source.right - chart.source.left);
        const ws = wb.getWorksheet(spec.name)!;
        series.forEach((m, k) => {
          expect(Number(m[2])).toBe(rows);
          const cached = new Map([...m[3]!.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((p) => [Number(p[1]), Number(p[2])]));
          for (let i = 0; i < rows; i++) {
            const cell = ws.getCell(chart.source.top + 2 + i, chart.source.left + 2 + k);
            const shown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
            if (typeof shown === "number") expect(cached.get(i)).toBeCloseTo(shown, 9);
          }
        });
      }
    }
  }, 600_000);

  itWithSoffice()(
    "LibreOffice draws every chart on the page that carries its title",
    async () => {
      const { specs, bytes } = await sample();
      const without = await writeXlsx(specs.map((s) => ({ ...s, charts: [] })));
      const [pdfWith, pdfWithout] = [await convertWithSoffice(bytes, "pdf", "pdf"), await convertWithSoffice(without, "pdf", "pdf")];
      const [a, b] = [await pageImages(pdfWith), await pageImages(pdfWithout)];
      const texts = pageTexts(pdfWith, a.length);
      // A page with a chart looks like no page of the chart-less workbook; every other page has its twin.
      // Most pages render identically in both files: an exact twin (same digest) settles them at once,
      // so the pixel comparison (pages × pages × pixels) only runs for the few pages that differ.
      const digest = (p: (typeof a)[number]): string => createHash("sha1").update(`${p.width}x${p.height}`).update(p.pixels).digest("hex");
      const twins = new Set(b.map(digest));
      const differsFromAll = (p: (typeof a)[number]): boolean => {
        const limit = p.pixels.length * 0.005;
        return b.every((q) => {
          if (p.width !== q.width || p.height !== q.height) return true;
          let n = 0;
          for (let k = 0; k < p.pixels.length && n <= limit; k++) if (Math.abs(p.pixels[k]! - q.pixels[k]!) > 40) n++;
          return n > limit;
        });
      };
      const changed: number[] = [];
      a.forEach((page, i) => {
        if (!twins.has(digest(page)) && differsFromAll(page)) changed.push(i);
      });
      const titles = specs.flatMap((s) => s.charts ?? []).map((c) => c.title);
      const chartPages = titles.map((t) => texts.findIndex((text) => text.replace(/\s+/g, "").includes(t.replace(/\s+/g, ""))));
      expect(chartPages.every((p) => p >= 0)).toBe(true);
      expect(changed).toEqual(expect.arrayContaining(chartPages));
      // Other pages change only where a chart widens its sheet's fit-to-width print (the headcount
      // table, the forecast slots): at most one more page per sheet that carries a chart.
      const sheetsWithCharts = specs.filter((s) => (s.charts?.length ?? 0) > 0).length;
      expect(changed.length).toBeLessThanOrEqual(chartPages.length + sheetsWithCharts);
    },
    600_000,
  );
});

/** `it` when xmllint (libxml2-utils) is installed; in CI its absence fails the run instead of skipping. */
function itWithXmllint(): jest.It {
  if (spawnSync("xmllint", ["--version"]).status === 0) return it;
  const message = "xmllint is not installed: the OOXML schema tests cannot run. Install it: apt-get install -y libxml2-utils";
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!! SKIPPED: ${message}\n`);
  return it.skip;
}

const XSD_DIR = process.env.OOXML_XSD_DIR ?? join(__dirname, "ooxml-xsd");

/**
 * Validates every chart part (dml-chart.xsd) and drawing part (dml-spreadsheetDrawing.xsd) of a
 * workbook with xmllint: one part per spec chart, one drawing part per sheet with charts, no error.
 */
async function expectSchemaValid(specs: SheetSpec[], bytes: Uint8Array): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "kefu-xsd-"));
  const checked = { charts: 0, drawings: 0 };
  const errors: string[] = [];
  try {
    for (const [path, xml] of await parts(bytes)) {
      const kind = /^xl\/charts\/[^/]+\.xml$/.test(path) ? "charts" : /^xl\/drawings\/[^/]+\.xml$/.test(path) ? "drawings" : undefined;
      if (kind === undefined) continue;
      const file = join(work, path.replace(/\//g, "_"));
      await writeFile(file, xml);
      const schema = join(XSD_DIR, kind === "charts" ? "dml-chart.xsd" : "dml-spreadsheetDrawing.xsd");
      const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
      checked[kind]++;
      if (run.status !== 0) errors.push(`${path}: ${run.stderr.trim()}`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const charts = specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
  expect(charts).toBeGreaterThan(0);
  expect(checked).toEqual({ charts, drawings: specs.filter((s) => (s.charts?.length ?? 0) > 0).length });
  expect(errors).toEqual([]);
}

describe("chart and drawing parts validate against the ISO/IEC 29500-4 transitional schemas", () => {
  const xmllintIt = itWithXmllint();

  xmllintIt("the sample workbook (zh-CN)", async () => {
    const { specs, bytes } = await sample();
    await expectSchemaValid(specs, bytes);
  }, 600_000);

  xmllintIt("the peak plan (en-US)", async () => {
    const specs = await buildSampleSheets(PEAK_GENERATOR as Generator<string, unknown>, "en-US");
    await expectSchemaValid(specs, await writeXlsx(specs));
  }, 600_000);
});
