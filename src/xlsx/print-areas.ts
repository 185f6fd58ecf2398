/**
 * A sheet with several print areas: ExcelJS 4.4 writes one `_xlnm.Print_Area` defined name per
 * area, all with the same `localSheetId`. A name may occur once per sheet (Excel repairs the file,
 * LibreOffice keeps only one), so the areas go into one name as a comma-separated list, which is
 * how Excel itself stores them.
 */
import type JSZip from "jszip";

const PRINT_AREA = /<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g;

/** Joins the print-area names of each sheet in `workbookXml` into one (areas in written order). */
export function joinPrintAreaNames(workbookXml: string): string {
  const areas = new Map<string, string[]>();
  for (const [, sheet, ranges] of workbookXml.matchAll(PRINT_AREA)) {
    areas.set(sheet!, [...(areas.get(sheet!) ?? []), ranges!]);
  }
  const written = new Set<string>();
  return workbookXml.replace(PRINT_AREA, (_all, sheet: string) => {
    if (written.has(sheet)) return "";
    written.add(sheet);
    return `<definedName name="_xlnm.Print_Area" localSheetId="${sheet}">${areas.get(sheet)!.join(",")}</definedName>`;
  });
}

export async function joinPrintAreas(zip: JSZip): Promise<void> {
  const path = "xl/workbook.xml";
  const xml = await zip.file(path)?.async("string");
  if (xml === undefined) throw new Error(`The written workbook has no ${path}`);
  zip.file(path, joinPrintAreaNames(xml));
}
