/**
 * Why a range could not be read, as a reason the pane words in its own language (a host's own
 * message, e.g. "No sheet named Sheet9", would leave English text in a Chinese pane).
 */

/** Most cells one range may hold: a team list or a week of slots is far below; a whole sheet is far above. */
export const MAX_RANGE_CELLS = 100_000;

export type RangeProblem =
  | { kind: "noSheet"; sheet: string }
  | { kind: "notAddress" }
  | { kind: "tooLarge"; cells: number };

export class RangeReadError extends Error {
  override readonly name = "RangeReadError";
  constructor(readonly problem: RangeProblem) {
    super(problem.kind);
  }
}

/** Refuses a range above {@link MAX_RANGE_CELLS} before its values are read. */
export function checkRangeSize(rows: number, cols: number): void {
  const cells = rows * cols;
  if (cells > MAX_RANGE_CELLS) throw new RangeReadError({ kind: "tooLarge", cells });
}
