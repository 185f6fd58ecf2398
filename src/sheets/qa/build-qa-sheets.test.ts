import { InputError } from "../../core/errors";
import { defaultCatalogue } from "../../core/qa/default-catalogue";
import { format } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { sampleQaLog } from "../../core/sample/qa-reviews";
import type { CellSpec, RangeRef, SheetSpec, ValidationSpec } from "../spec";
import { BLANK_PRINT_ROWS } from "./build-qa-log";
import { buildQaSheets, DEFAULT_QA_LOG_ROWS } from "./build-qa-sheets";
import { qaLogLayout } from "./qa-layout";

const cellAt = (s: SheetSpec, row: number, col: number): CellSpec | undefined => s.cells.find((c) => c.row === row && c.col === col);
const covers = (v: ValidationSpec, row: number, col: number): boolean =>
  v.range.top <= row && row <= v.range.bottom && v.range.left <= col && col <= v.range.right;
/** Functions that Debian's LibreOffice 7.4 / WPS / old Excel lack, custom functions, structured refs. */
const FORBIDDEN = /\b(XLOOKUP|XMATCH|LET|LAMBDA|FILTER|SEQUENCE|UNIQUE|SORT|SORTBY|TEXTSPLIT)\(|\bCS\.|\[@|\[#/i;

describe.each(["pre-sale", "after-sale"] as const)("buildQaSheets %s", (channel) => {
  const catalogue = defaultCatalogue(channel);
  const [standards, log, summary] = buildQaSheets({ channel }, "zh-CN") as [SheetSpec, SheetSpec, SheetSpec];
  const layout = qaLogLayout(catalogue, DEFAULT_QA_LOG_ROWS);
  const { columns } = layout;
  const zh = QA_STRINGS["zh-CN"];

  it("names the three sheets in the locale and gives channel-specific ids", () => {
    const prefix = channel === "pre-sale" ? "售前" : "售后";
    expect([standards.name, log.name, summary.name]).toEqual([`${prefix}质检标准`, `${prefix}质检记录`, `${prefix}质检汇总`]);
    expect(new Set([standards.id, log.id, summary.id]).size).toBe(3);
    expect(buildQaSheets({ channel }, "en-US")[1]!.name).toMatch(/QA log$/);
  });

  it("lists every criterion's weight on the standards sheet, summing to 100 with a SUM check", () => {
    const weights = catalogue.criteria.map((c) => {
      const row = standards.cells.find((x) => x.col === 1 && x.value === c.name["zh-CN"]);
      expect(row).toBeDefined();
      return cellAt(standards, row!.row, 2)!.value as number;
    });
    expect(weights.reduce((s, w) => s + w, 0)).toBe(100);
    const total = standards.cells.find((x) => x.col === 2 && x.formula?.startsWith("SUM("));
    expect(total).toBeDefined();
    expect(standards.conditionalFormats?.some((cf) => cf.range.top === total!.row)).toBe(true);
    for (const rule of zh.standards.rules) expect(standards.cells.some((x) => x.value === format(rule, { marker: zh.log.weightsMarker }))).toBe(true);
    // The rule tells reviewers what the log shows while the weights are off.
    expect(standards.cells.some((x) => typeof x.value === "string" && x.value.startsWith("10.") && x.value.includes(`“${zh.log.weightsMarker}”`))).toBe(true);
  });

  /** Rows (0-based) of the criteria weights and bonus points on the standards sheet, found by name as a user would. */
  const rowOf = (name: string): number => standards.cells.find((x) => x.col === 1 && x.value === name)!.row;
  const weightRows = catalogue.criteria.map((c) => rowOf(c.name["zh-CN"]));
  const bonusRows = catalogue.bonusItems.map((b) => rowOf(b.name["zh-CN"]));
  const totalCell = standards.cells.find((x) => x.col === 2 && x.formula?.startsWith("SUM("))!;

  it("makes the weights and bonus points the standards sheet's only input cells, on a protected sheet", () => {
    expect(standards.protect).toBe(true);
    const unlocked = standards.cells.filter((x) => x.style?.locked === false).map((x) => [x.row, x.col]);
    expect(unlocked).toEqual(expect.arrayContaining([...weightRows, ...bonusRows].map((r) => [r, 2])));
    expect(unlocked).toHaveLength(weightRows.length + bonusRows.length);
    for (const r of [...weightRows, ...bonusRows]) expect(cellAt(standards, r, 2)!.style?.fill).toBe("#FFF9DB");
    expect(bonusRows.map((r) => cellAt(standards, r, 2)!.value)).toEqual(catalogue.bonusItems.map((b) => b.points));
    expect(totalCell.formula).toBe(`SUM(C${weightRows[0]! + 1}:C${weightRows[weightRows.length - 1]! + 1})`);
    const ruleAt = (r: number) => standards.validations!.find((v) => covers(v, r, 2))?.rule;
    for (const r of weightRows) expect(ruleAt(r)).toEqual({ type: "decimal", min: 0.1, max: 100 });
    for (const r of bonusRows) expect(ruleAt(r)).toEqual({ type: "whole", min: 1, max: 100 });
  });

  it("turns the weight total and the weights red and shows a warning while the total is not 100", () => {
    const total = `$C$${totalCell.row + 1}`;
    const red = standards.conditionalFormats!.filter((cf) => cf.rule.type === "expression" && cf.rule.formula === `ROUND(${total},9)<>100`);
    expect(red.map((cf) => cf.range)).toEqual(
      expect.arrayContaining([
        { top: totalCell.row, left: 2, bottom: totalCell.row, right: 2 },
        { top: weightRows[0]!, left: 2, bottom: weightRows[weightRows.length - 1]!, right: 2 },
      ]),
    );
    expect(red.every((cf) => cf.style.fill === "#FFC7CE")).toBe(true);
    const warning = cellAt(standards, totalCell.row, 3)!.formula!;
    expect(warning).toBe(`IF(ROUND(${total},9)<>100,"${format(zh.standards.weightsWarning, { marker: zh.log.weightsMarker })}","")`);
    expect(cellAt(summary, 2, 0)!.formula).toBe(`IF(ROUND([[${standards.id}]]!${total},9)<>100,"${zh.summary.weightsWarning}","")`);
  });

  it("scores with the standards sheet's weight, bonus and total cells, not with constants", () => {
    const formula = cellAt(log, layout.firstDataRow, columns.score)!.formula!;
    const refs = [...formula.matchAll(/\[\[(\w+)\]\]!\$([A-Z]+)\$(\d+)/g)].map((m) => [m[1], m[2], Number(m[3]) - 1]);
    expect(new Set(refs.map((r) => `${r[0]}!${r[1]}`))).toEqual(new Set([`${standards.id}!C`]));
    expect(new Set(refs.map((r) => r[2]))).toEqual(new Set([...weightRows, ...bonusRows, totalCell.row]));
    // No weight survives as a number next to an answer cell (e.g. "15*H5/5").
    for (const c of catalogue.criteria) expect(formula).not.toMatch(new RegExp(`[,(+]${c.weight}\\*`));
    expect(formula).toContain(`IF(ROUND([[${standards.id}]]!$C$${totalCell.row + 1},9)<>100,"${zh.log.weightsMarker}",`);
    // The live weights above the header read the same cells.
    columns.criteria.forEach((col, i) => expect(cellAt(log, layout.headerRow - 1, col)!.formula).toBe(`[[${standards.id}]]!$C$${weightRows[i]! + 1}`));
    expect(cellAt(log, layout.headerRow - 1, columns.score)!.formula).toBe(`[[${standards.id}]]!$C$${totalCell.row + 1}`);
  });

  it("gives every criterion a dropdown over all log rows: scale values, plus N/A only where allowed", () => {
    catalogue.criteria.forEach((c, i) => {
      const col = columns.criteria[i]!;
      const v = log.validations!.find((x) => covers(x, layout.firstDataRow, col) && covers(x, layout.lastDataRow, col));
      expect(v?.rule.type).toBe("list");
      const values = v!.rule.type === "list" && "values" in v!.rule ? v!.rule.values : [];
      const scale = c.scale.kind === "points" ? Array.from({ length: c.scale.max + 1 }, (_, p) => String(p)) : [zh.answer.yes, zh.answer.no];
      expect(values).toEqual(c.naAllowed ? [...scale, zh.answer.na] : scale);
    });
  });

  it("reads the red-line dropdown from the standards sheet's red-line names", () => {
    const v = log.validations!.find((x) => covers(x, layout.firstDataRow, columns.redLine))!;
    expect(v.rule).toEqual({ type: "list", source: expect.stringMatching(new RegExp(`^\\[\\[${standards.id}\\]\\]!\\$B\\$(\\d+):\\$B\\$(\\d+)$`)) });
    const [, first, last] = /\$B\$(\d+):\$B\$(\d+)/.exec((v.rule as { source: string }).source)!;
    const names = [];
    for (let r = Number(first) - 1; r <= Number(last) - 1; r++) names.push(cellAt(standards, r, 1)?.value);
    expect(names).toEqual(catalogue.redLines.map((r) => r.name["zh-CN"]));
  });

  it("pre-formats 500 table rows: unlocked inputs, locked formulas for score / flag / final score", () => {
    expect(log.tables).toHaveLength(1);
    expect(log.tables![0]!.range).toEqual({ top: layout.headerRow, left: 0, bottom: layout.headerRow + 500, right: columns.last });
    const calculated = log.tables![0]!.columns.filter((c) => c.formula !== undefined).map((c) => c.name);
    expect(calculated).toHaveLength(3);
    for (const r of [layout.firstDataRow, layout.lastDataRow]) {
      for (const col of [columns.date, columns.agent, ...columns.criteria, columns.redLine, columns.decision, columns.revisedScore]) {
        expect(cellAt(log, r, col)?.style?.locked).toBe(false);
      }
      for (const col of [columns.score, columns.redLineFlag, columns.finalScore]) {
        const cell = cellAt(log, r, col)!;
        expect(cell.formula).toMatch(/^IF\(/);
        expect(cell.style?.locked).not.toBe(false);
        // every relative reference is to the formula's own row; absolute ones only to the standards' settings
        const rowsReferenced = new Set([...cell.formula!.matchAll(/(?<![$\w])[A-Z]{1,2}(\d+)\b/g)].map((m) => Number(m[1])));
        expect([...rowsReferenced]).toEqual([r + 1]);
        const absolute = [...cell.formula!.matchAll(/(.{0,30})\$[A-Z]+\$\d+/g)].map((m) => m[1]!);
        for (const before of absolute) expect(before).toMatch(new RegExp(`\\[\\[${standards.id}\\]\\]!$`));
      }
    }
  });

  it("validates dates, the revised score and the appeal decision", () => {
    const at = (col: number) => log.validations!.find((x) => covers(x, layout.lastDataRow, col))!.rule;
    expect(at(columns.date)).toMatchObject({ type: "date", min: 36526 });
    expect(at(columns.revisedScore)).toEqual({ type: "decimal", min: 0, max: 100 });
    expect(at(columns.decision)).toEqual({ type: "list", values: ["申诉成立", "部分成立", "驳回"] });
  });

  it("uses only native functions, no structured references", () => {
    for (const sheet of [standards, log, summary]) {
      for (const c of sheet.cells) if (c.formula) expect(c.formula).not.toMatch(FORBIDDEN);
    }
  });

  it("lists the channel's sample agents on the summary with a row of formulas each", () => {
    const agentNames = summary.cells.filter((c) => c.col === 0 && c.style?.locked === false && typeof c.value === "string").map((c) => c.value);
    expect(agentNames.length).toBeGreaterThan(5);
    const firstAgent = summary.cells.find((c) => c.value === agentNames[0])!;
    const headerRow = firstAgent.row - 1;
    const headers = summary.cells.filter((c) => c.row === headerRow).map((c) => c.value);
    expect(headers).toEqual(expect.arrayContaining(["质检条数", "平均最终得分", "红线次数", "升级处理", "申诉率", "申诉成立"]));
    expect(summary.cells.some((c) => c.value === "质检准确率")).toBe(true);
  });

  it("prints A4 landscape: standards and log fit to width, the summary at 90 % in three blocks", () => {
    for (const sheet of [standards, log]) expect(sheet.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(summary.print).toMatchObject({ paper: "A4", orientation: "landscape", scale: 90, repeatCols: { first: 0, last: 0 } });
    expect(summary.print?.fitToWidth ?? false).toBe(false);
    // Every cell with content prints, in exactly one block.
    const areas = summary.print!.area as RangeRef[];
    expect(areas).toHaveLength(3);
    const shown = summary.cells.filter((c) => c.formula !== undefined || (c.value !== null && c.value !== undefined));
    const inside = (a: RangeRef, c: CellSpec) => c.row >= a.top && c.row <= a.bottom && c.col >= a.left && c.col <= a.right;
    expect(shown.filter((c) => areas.filter((a) => inside(a, c)).length !== 1).map((c) => [c.row, c.col])).toEqual([]);
  });

  it("prints the log's title, header and filled rows only; a blank log one page of empty rows", () => {
    const blank = log.print!.area as RangeRef;
    expect(blank).toEqual({ top: 0, left: 0, bottom: layout.firstDataRow + BLANK_PRINT_ROWS - 1, right: columns.last });
    const entries = sampleQaLog(channel, "zh-CN");
    const filled = buildQaSheets({ channel, entries }, "zh-CN")[1]!;
    expect((filled.print!.area as RangeRef).bottom).toBe(layout.firstDataRow + entries.length - 1);
    expect(cellAt(filled, layout.firstDataRow + entries.length - 1, columns.date)?.value).toEqual(expect.any(Number));
    expect(cellAt(filled, layout.firstDataRow + entries.length, columns.date)?.value ?? null).toBeNull();
    // The area is fixed: the sheet says which rows print and how to print rows added later.
    expect(cellAt(filled, 1, columns.comment)?.value).toBe(`打印第 1–${layout.firstDataRow + entries.length} 行。在下方新增记录后,请重新设置打印区域(页面布局 → 打印区域)。`);
    expect(cellAt(log, 1, columns.comment)?.value).toContain(`1–${blank.bottom + 1} 行`);
  });
});

describe("buildQaSheets input checks", () => {
  it.each<[string, Parameters<typeof buildQaSheets>[0]]>([
    ["0 rows", { channel: "pre-sale", rows: 0 }],
    ["a duplicate agent", { channel: "pre-sale", agents: ["王芳", "王芳"] }],
    ["no agents", { channel: "pre-sale", agents: [] }],
    ["a catalogue off 100", { channel: "pre-sale", catalogue: { ...defaultCatalogue("pre-sale"), criteria: defaultCatalogue("pre-sale").criteria.slice(1) } }],
  ])("rejects %s with an InputError", (_label, options) => {
    expect(() => buildQaSheets(options, "en-US")).toThrow(InputError);
  });
});
