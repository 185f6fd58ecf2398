import fc from "fast-check";
import { groupRectangles } from "./cell-blocks";

describe("groupRectangles", () => {
  it("merges a full block into one rectangle", () => {
    const cells = [];
    for (let row = 2; row < 502; row++) for (let col = 0; col < 40; col++) cells.push({ row, col });
    expect(groupRectangles(cells)).toEqual([{ top: 2, left: 0, bottom: 501, right: 39 }]);
  });

  it("keeps gaps: two columns apart are two rectangles", () => {
    expect(
      groupRectangles([
        { row: 0, col: 0 },
        { row: 1, col: 0 },
        { row: 0, col: 2 },
        { row: 1, col: 2 },
      ]),
    ).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 2, bottom: 1, right: 2 },
    ]);
  });

  it("covers exactly the given cells with disjoint rectangles", () => {
    const cell = fc.record({ row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 8 }) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), (cells) => {
        const wanted = new Set(cells.map((c) => `${c.row},${c.col}`));
        const covered: string[] = [];
        for (const r of groupRectangles(cells)) {
          for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) covered.push(`${row},${col}`);
        }
        expect(new Set(covered).size).toBe(covered.length); // disjoint
        expect(new Set(covered)).toEqual(wanted); // exact cover
      }),
    );
  });
});
