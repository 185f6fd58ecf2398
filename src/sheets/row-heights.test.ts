import { SheetBuilder } from "./builder";
import { fittedRowHeights, linesNeeded, textUnits } from "./row-heights";

describe("row heights for wrapped text", () => {
  it("counts CJK characters as two units", () => {
    expect(textUnits("abc")).toBe(3);
    expect(textUnits("质检分")).toBe(6);
    expect(textUnits("QA 分")).toBe(5);
  });

  it("needs more lines when the text is wider than its column", () => {
    expect(linesNeeded("Reviews", 12)).toBe(1);
    expect(linesNeeded("Agents to schedule (with shrinkage)", 12)).toBe(4);
    expect(linesNeeded("first\nsecond", 40)).toBe(2);
  });

  it("grows only rows whose wrapped text overflows, and keeps explicit heights", () => {
    const spec = new SheetBuilder("s", "S")
      .widths(0, [10, 10])
      .value(0, 0, "Short", { wrap: true })
      .value(1, 0, "A header long enough to need three lines", { wrap: true, bold: true })
      .value(2, 0, "Not wrapped, so it may overflow to the right", {})
      .value(3, 0, "A header long enough to need three lines", { wrap: true })
      .height(3, 20)
      .value(4, 0, "Merged across two columns of width ten", { wrap: true })
      .merge(4, 0, 4, 1)
      .build();
    const heights = fittedRowHeights(spec);
    expect([...heights.keys()]).toEqual([1, 4]);
    expect(heights.get(1)).toBeGreaterThanOrEqual(3 * 15);
    // 39 characters in a 20-character box: three lines at most, not the five a single column needs.
    expect(heights.get(4)).toBeLessThan(4 * 15);
  });
});
