/**
 * Band scores: a KPI mapped to points by bands, as CS appraisal sheets do.
 * - Higher is better (conversion ≥ 45 % → 100, ≥ 40 % → 80, ≥ 35 % → 60, else 0): bounds rising,
 *   the score of the highest bound the value reaches.
 * - Lower is better (response ≤ 35 s → 100, ≤ 45 s → 80, ≤ 55 s → 60, else 0): bounds rising,
 *   the score of the lowest bound the value stays at or under.
 * Outside every band the score is `elseScore` (0 by default).
 */
import { checkAscending, checkNotEmpty, checkSameLength } from "./checks";

export interface BandTable {
  /** Band thresholds, strictly rising. */
  bounds: readonly number[];
  /** Score for each threshold. */
  scores: readonly number[];
  lowerIsBetter?: boolean;
  /** Score when no band is reached (default 0). */
  elseScore?: number;
}

/** @throws InputError naming `bounds` or `scores`. */
export function checkBandTable(table: BandTable): void {
  checkNotEmpty(table.bounds, "bounds");
  checkSameLength(table.bounds, "bounds", table.scores, "scores");
  checkAscending(table.bounds, "bounds");
}

/**
 * The band index a value falls in, or −1 outside every band. Same rule as the generated sheet:
 * higher-is-better → count of bounds ≤ value, minus 1; lower-is-better → count of bounds < value.
 */
export function bandIndex(value: number, table: BandTable): number {
  if (table.lowerIsBetter) {
    const below = table.bounds.filter((b) => b < value).length;
    return below < table.bounds.length ? below : -1;
  }
  return table.bounds.filter((b) => b <= value).length - 1;
}

/**
 * @example bandScore(0.42, { bounds: [0.35, 0.4, 0.45], scores: [60, 80, 100] }) // 80
 * @example bandScore(38, { bounds: [35, 45, 55], scores: [100, 80, 60], lowerIsBetter: true }) // 80
 */
export function bandScore(value: number, table: BandTable): number {
  checkBandTable(table);
  const i = bandIndex(value, table);
  return i < 0 ? (table.elseScore ?? 0) : table.scores[i]!;
}
