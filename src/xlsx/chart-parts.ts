/**
 * Adds native charts to an .xlsx that ExcelJS has written (ExcelJS writes no charts): per sheet one
 * drawing part (Excel allows one per sheet: an existing one gets the new anchors), one chart part
 * per chart, their relationships, the content types, and `<drawing r:id>` in the sheet at its
 * place in the schema order.
 */
import type JSZip from "jszip";
import { chartAnchorXml, chartPartXml, emptyDrawingXml, xmlText, type ChartData } from "./chart-xml";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
/** Elements that follow `<drawing>` in CT_Worksheet; it goes before the first one present. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`. */
function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function parseRels(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<Relationship\b([^>]*)\/>/g)].map((m) => {
    const attr = (name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? "";
    return { id: attr("Id"), type: attr("Type"), target: attr("Target") };
  });
}

function relsXml(rels: readonly Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${items}</Relationships>`;
}

function nextId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  for (let n = rels.length + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

function freePart(zip: JSZip, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) if (zip.file(pattern(n)) === null) return pattern(n);
}

/** The worksheet part of each sheet, by sheet name. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = parseRels(await text(zip, "xl/_rels/workbook.xml.rels"));
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1]!)?.[1];
    const rId = /\br:id="([^"]*)"/.exec(m[1]!)?.[1];
    const rel = rels.find((r) => r.id === rId);
    if (name !== undefined && rel) parts.set(name, resolveTarget("xl/workbook.xml", rel.target));
  }
  return parts;
}

/** Puts `<drawing r:id>` into a worksheet's XML before the elements the schema orders after it. */
export function insertDrawingElement(sheetXml: string, rId: string): string {
  const element = `<drawing r:id="${rId}"/>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  if (at < 0) throw new Error("Not a worksheet part: no </worksheet>");
  const withNs = /xmlns:r="/.test(sheetXml) ? sheetXml : sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_TYPE}"`);
  const shift = withNs.length - sheetXml.length;
  return withNs.slice(0, at + shift) + element + withNs.slice(at + shift);
}

/**
 * Adds the charts of each sheet (keyed by the sheet's name as written) to the package in `zip`.
 *
 * @throws Error when a named sheet is not in the workbook (a programming error).
 */
export async function addChartParts(zip: JSZip, chartsBySheet: ReadonlyMap<string, readonly ChartData[]>, lang: string): Promise<void> {
  if ([...chartsBySheet.values()].every((c) => c.length === 0)) return;
  const parts = await sheetParts(zip);
  let contentTypes = (await text(zip, "[Content_Types].xml")) ?? "";
  const override = (part: string, type: string): void => {
    contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  };
  for (const [sheetName, charts] of chartsBySheet) {
    if (charts.length === 0) continue;
    const sheetPart = parts.get(xmlText(sheetName));
    if (sheetPart === undefined) throw new Error(`No sheet "${sheetName}" in the workbook for its charts`);
    let sheetXml = (await text(zip, sheetPart))!;
    const sheetRels = parseRels(await text(zip, relsPath(sheetPart)));

    // One drawing part per sheet: reuse the one ExcelJS wrote (images), else add one.
    const existingId = /<drawing\b[^>]*\br:id="([^"]*)"/.exec(sheetXml)?.[1];
    const existing = sheetRels.find((r) => r.id === existingId);
    let drawingPart: string;
    if (existing) {
      drawingPart = resolveTarget(sheetPart, existing.target);
    } else {
      drawingPart = freePart(zip, (n) => `xl/drawings/drawing${n}.xml`);
      const id = nextId(sheetRels);
      sheetRels.push({ id, type: `${REL_TYPE}/drawing`, target: `../drawings/${drawingPart.split("/").pop()!}` });
      sheetXml = insertDrawingElement(sheetXml, id);
      zip.file(sheetPart, sheetXml);
      zip.file(relsPath(sheetPart), relsXml(sheetRels));
      zip.file(drawingPart, emptyDrawingXml());
      override(drawingPart, CONTENT_TYPE.drawing);
    }
    let drawingXml = (await text(zip, drawingPart))!;
    const drawingRels = parseRels(await text(zip, relsPath(drawingPart)));
    let shapeId = Math.max(1, ...[...drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1])));
    const anchors: string[] = [];
    for (const chart of charts) {
      const chartPart = freePart(zip, (n) => `xl/charts/chart${n}.xml`);
      zip.file(chartPart, chartPartXml(chart, lang));
      override(chartPart, CONTENT_TYPE.chart);
      const id = nextId(drawingRels);
      drawingRels.push({ id, type: `${REL_TYPE}/chart`, target: `../charts/${chartPart.split("/").pop()!}` });
      anchors.push(chartAnchorXml(chart.chart, id, ++shapeId));
    }
    drawingXml = drawingXml.includes("</xdr:wsDr>")
      ? drawingXml.replace("</xdr:wsDr>", `${anchors.join("")}</xdr:wsDr>`)
      : drawingXml.replace(/<xdr:wsDr\b([^>]*)\/>/, `<xdr:wsDr$1>${anchors.join("")}</xdr:wsDr>`);
    zip.file(drawingPart, drawingXml);
    zip.file(relsPath(drawingPart), relsXml(drawingRels));
  }
  zip.file("[Content_Types].xml", contentTypes);
}
