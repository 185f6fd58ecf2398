/**
 * The sample workbook: every generator's sample sheets for the built-in sample team, in one locale.
 * `npm run workbook` writes it to an .xlsx; `test/workbook-recalc.test.ts` recalculates it in
 * LibreOffice and fails on any error value, so a generator is checked as soon as it is listed in
 * `GENERATORS` (`src/sheets/generators.ts`).
 */
import { defineStrings, format, type Locale } from "../i18n/locale";
import { SheetBuilder } from "./builder";
import { buildSampleSheets, type Generator } from "./generator";
import { GENERATORS } from "./generators";
import { sheetRef, type SheetSpec } from "./spec";
import { STYLES } from "./styles";

const CONTENTS_ID = "sampleContents";

const TEXT = defineStrings({
  "en-US": {
    sheetName: "Contents",
    title: "Kefu Kit sample workbook",
    subtitle: "Sample team of 30 agents. Yellow cells are inputs; grey cells are formulas. Click a sheet name to open it.",
    sheetHeader: "Sheet",
    countHeader: "No.",
    empty: "No generator has registered sample sheets yet.",
    footer: "Kefu Kit sample workbook · {n} sheets",
  },
  "zh-CN": {
    sheetName: "目录",
    title: "客服工具箱 示例工作簿",
    subtitle: "示例团队 30 名客服。黄色单元格可填写，灰色单元格为公式。点击工作表名称即可跳转。",
    sheetHeader: "工作表",
    countHeader: "序号",
    empty: "暂无生成器注册示例工作表。",
    footer: "客服工具箱 示例工作簿 · 共 {n} 个工作表",
  },
});

/** The first sheet: a list of the workbook's sheets, each a link to the sheet. */
export function buildContentsSheet(sheets: readonly SheetSpec[], locale: Locale): SheetSpec {
  const t = TEXT[locale];
  const b = new SheetBuilder(CONTENTS_ID, t.sheetName);
  b.value(0, 0, t.title, STYLES.title).merge(0, 0, 0, 2);
  b.value(1, 0, t.subtitle, STYLES.subtitle).merge(1, 0, 1, 2);
  b.height(1, 32);
  b.row(3, 0, [t.countHeader, t.sheetHeader], STYLES.header);
  if (sheets.length === 0) b.value(4, 1, t.empty, STYLES.note);
  sheets.forEach((sheet, i) => {
    b.value(4 + i, 0, i + 1, { hAlign: "center", border: "thin" });
    b.set(4 + i, 1, sheet.name, { fontColor: "#0563C1", border: "thin" }, { link: `${sheetRef(sheet.id)}!A1` });
  });
  b.widths(0, [8, 40, 4]);
  b.hideGridlines();
  b.print({ paper: "A4", orientation: "portrait", fitToWidth: true, footer: format(t.footer, { n: sheets.length }) });
  return b.build();
}

/**
 * Builds every generator's sample sheets, after a contents sheet that links to each.
 *
 * @throws Error when a sheet id lacks its generator's prefix or two sheets share an id (a
 * programming mistake: `[[id]]` would be ambiguous).
 */
export async function buildSampleWorkbook(locale: Locale, generators: readonly Generator<string, unknown>[] = GENERATORS): Promise<SheetSpec[]> {
  const sheets: SheetSpec[] = [];
  const owner = new Map<string, string>([[CONTENTS_ID, "contents"]]);
  for (const generator of generators.filter((g) => !g.ownWorkbook)) {
    for (const sheet of await buildSampleSheets(generator, locale)) {
      if (!sheet.id.startsWith(generator.sheetIdPrefix)) {
        throw new Error(`Sheet id "${sheet.id}" of the "${generator.id}" generator does not start with "${generator.sheetIdPrefix}"`);
      }
      const previous = owner.get(sheet.id);
      if (previous !== undefined) {
        throw new Error(`Sheet id "${sheet.id}" is used by both the "${previous}" and the "${generator.id}" sample generators`);
      }
      owner.set(sheet.id, generator.id);
      sheets.push(sheet);
    }
  }
  return [buildContentsSheet(sheets, locale), ...sheets];
}
