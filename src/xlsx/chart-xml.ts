/**
 * DrawingML for native charts in an .xlsx (ExcelJS writes none): the chart part (`c:chartSpace`)
 * from a {@link ChartSpec} and the values its source range shows, and the drawing part that
 * anchors the charts to cells. Each series carries `numCache`/`strCache`, so viewers that do not
 * calculate (chat-app previews, Quick Look) draw the chart too. Elements follow the order of the
 * ECMA-376 schemas (checked by `test/xlsx-charts.test.ts`).
 */
import { a1, quoteSheetName, type ChartSpec } from "../sheets/spec";

/** The values of a chart's source range as the file will show them, with the first column's format. */
export interface ChartData {
  /** Sheet name as written (for the series references). */
  sheetName: string;
  chart: ChartSpec;
  /** source.top … source.bottom × source.left … source.right; null for blank or error cells. */
  values: (string | number | boolean | null)[][];
  /** Number format of the category cells, when they are numbers (e.g. "hh:mm"). */
  categoryFormat?: string;
}

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Series colours: the product's header blue first, then Office-like accents. */
const SERIES_COLORS = ["1F4E78", "ED7D31", "70AD47", "FFC000", "5B9BD5", "A5A5A5"];

export function xmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function ref(sheetName: string, top: number, left: number, bottom: number, right: number): string {
  const sheet = quoteSheetName(sheetName);
  return `${sheet}!${a1(top, left, true)}${top === bottom && left === right ? "" : `:${a1(bottom, right, true)}`}`;
}

function strRef(f: string, texts: readonly string[]): string {
  const pts = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${xmlText(t)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${xmlText(f)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: readonly (number | null)[], formatCode: string): string {
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numRef><c:f>${xmlText(f)}</c:f><c:numCache><c:formatCode>${xmlText(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

const asText = (v: string | number | boolean | null): string => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
const asNumber = (v: string | number | boolean | null): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * The series of a chart: with `seriesBy: "columns"` the source's first row names the series and
 * its first column holds the categories (each further column is a series); "rows" transposed.
 */
function seriesOf(d: ChartData): { name: string; nameRef: string; catRef: string; cats: (string | number | boolean | null)[]; valRef: string; vals: (number | null)[] }[] {
  const { top, left, bottom, right } = d.chart.source;
  const cell = (r: number, c: number): string | number | boolean | null => d.values[r - top]?.[c - left] ?? null;
  const out = [];
  if (d.chart.seriesBy === "columns") {
    const cats = [];
    for (let r = top + 1; r <= bottom; r++) cats.push(cell(r, left));
    for (let c = left + 1; c <= right; c++) {
      const vals = [];
      for (let r = top + 1; r <= bottom; r++) vals.push(asNumber(cell(r, c)));
      out.push({ name: asText(cell(top, c)), nameRef: ref(d.sheetName, top, c, top, c), catRef: ref(d.sheetName, top + 1, left, bottom, left), cats, valRef: ref(d.sheetName, top + 1, c, bottom, c), vals });
    }
  } else {
    const cats = [];
    for (let c = left + 1; c <= right; c++) cats.push(cell(top, c));
    for (let r = top + 1; r <= bottom; r++) {
      const vals = [];
      for (let c = left + 1; c <= right; c++) vals.push(asNumber(cell(r, c)));
      out.push({ name: asText(cell(r, left)), nameRef: ref(d.sheetName, r, left, r, left), catRef: ref(d.sheetName, top, left + 1, top, right), cats, valRef: ref(d.sheetName, r, left + 1, r, right), vals });
    }
  }
  return out;
}

const CAT_AX = 500_000_001;
const VAL_AX = 500_000_002;

function axes(type: ChartSpec["type"], categoryFormat: string): string {
  const horizontal = type === "bar";
  const common = (id: number, pos: string, cross: number, numFmt: string, gridlines: boolean): string =>
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>` +
    (gridlines ? "<c:majorGridlines/>" : "") +
    `<c:numFmt formatCode="${xmlText(numFmt)}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/>`;
  return (
    `<c:catAx>${common(CAT_AX, horizontal ? "l" : "b", VAL_AX, categoryFormat, false)}<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx>${common(VAL_AX, horizontal ? "b" : "l", CAT_AX, "General", true)}<c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part (`xl/charts/chartN.xml`) for one chart. */
export function chartPartXml(d: ChartData, lang: string): string {
  const type = d.chart.type;
  const categoryFormat = d.categoryFormat ?? "General";
  const numericCats = (cats: readonly (string | number | boolean | null)[]): boolean => cats.length > 0 && cats.every((c) => typeof c === "number");
  const series = seriesOf(d)
    .map((s, i) => {
      const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
      const look =
        type === "line"
          ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
          : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      const cat = numericCats(s.cats) ? numRef(s.catRef, s.cats.map(asNumber), categoryFormat) : strRef(s.catRef, s.cats.map(asText));
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.nameRef, [s.name])}</c:tx>${look}` +
        `<c:cat>${cat}</c:cat><c:val>${numRef(s.valRef, s.vals, "General")}</c:val>${type === "line" ? '<c:smooth val="0"/>' : ""}</c:ser>`
      );
    })
    .join("");
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const plot =
    type === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`
      : `<c:barChart><c:barDir val="${type === "bar" ? "bar" : "col"}"/><c:grouping val="${type === "columnStacked" ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series}` +
        `<c:gapWidth val="150"/>${type === "columnStacked" ? '<c:overlap val="100"/>' : ""}${axIds}</c:barChart>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" sz="1400" b="1"/><a:t>${xmlText(d.chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${axes(type, categoryFormat)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>`
  );
}

/** One anchor of a drawing part: a chart over a block of cells, referenced by `rId`. */
export function chartAnchorXml(chart: ChartSpec, rId: string, shapeId: number): string {
  const { row, col, widthCols, heightRows } = chart.anchor;
  const marker = (tag: string, c: number, r: number): string =>
    `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", col, row)}${marker("to", col + widthCols, row + heightRows)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${xmlText(`Chart ${shapeId}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CHART_NS}">` +
    `<c:chart xmlns:c="${CHART_NS}" xmlns:r="${R_NS}" r:id="${rId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** An empty drawing part, to which anchors are added before `</xdr:wsDr>`. */
export function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"></xdr:wsDr>`;
}
