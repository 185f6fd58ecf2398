import fc from "fast-check";
import { addCalculatedColumnsToTableXml, removeCalculatedColumnsFromTableXml, type CalculatedColumn } from "./table-formulas";

const tableXml = (name: string, columns: string[]): string =>
  `<table xmlns="x" id="1" name="${name}" ref="A1:C3"><tableColumns count="${columns.length}">` +
  columns.map((c, i) => `<tableColumn id="${i + 1}" name="${c}" totalsRowFunction="none"/>`).join("") +
  `</tableColumns></table>`;

describe("calculated columns in table XML", () => {
  it("adds the formula, XML-escaped, to the named column of the named table only", () => {
    const xml = tableXml("QaLog", ["Agent", "R&amp;D &quot;score&quot;"]);
    const out = addCalculatedColumnsToTableXml(xml, [
      { table: "QaLog", column: 'R&D "score"', formula: 'IF(B2<>"",B2*2,"")' },
      { table: "Other", column: "Agent", formula: "1" },
    ]);
    expect(out).toContain(
      '<tableColumn id="2" name="R&amp;D &quot;score&quot;" totalsRowFunction="none"><calculatedColumnFormula>IF(B2&lt;&gt;&quot;&quot;,B2*2,&quot;&quot;)</calculatedColumnFormula></tableColumn>',
    );
    expect(out).toContain('<tableColumn id="1" name="Agent" totalsRowFunction="none"/>');
  });

  it("refuses a column the table does not have", () => {
    expect(() => addCalculatedColumnsToTableXml(tableXml("T", ["a"]), [{ table: "T", column: "b", formula: "1" }])).toThrow(/no column "b"/);
  });

  it("removing gives back the columns and formulas that were added, and XML ExcelJS can read", () => {
    const name = fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5&"<> ]{1,12}$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 5 }), fc.string({ maxLength: 30 }), (columns, formula) => {
        const escaped = columns.map((c) => c.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
        const xml = tableXml("T1", escaped);
        const wanted: CalculatedColumn[] = columns.map((column) => ({ table: "T1", column, formula }));
        const removed = removeCalculatedColumnsFromTableXml(addCalculatedColumnsToTableXml(xml, wanted));
        expect(removed.removed).toEqual(wanted);
        expect(removed.xml).toBe(xml);
      }),
    );
  });
});
