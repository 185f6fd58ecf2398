/**
 * A minimal stand-in for the peak plan's headcount sheet (id `peakHeadcount`): the per-slot volume
 * and agents cells of HEADCOUNT_LAYOUT filled with numbers, so a linked review's references resolve
 * when it is written without the plan.
 */
import { SheetBuilder } from "../../src/sheets/builder";
import { HEADCOUNT_LAYOUT, PEAK_IDS } from "../../src/sheets/peak/layout";
import type { SheetSpec } from "../../src/sheets/spec";

export function headcountStandIn(forecast: readonly (readonly number[])[], required: readonly (readonly number[])[]): SheetSpec {
  const b = new SheetBuilder(PEAK_IDS.headcount, "Headcount stand-in");
  forecast.forEach((day, d) => {
    b.value(HEADCOUNT_LAYOUT.headerRow, HEADCOUNT_LAYOUT.volumeCol(d), `volume ${d}`);
    b.value(HEADCOUNT_LAYOUT.headerRow, HEADCOUNT_LAYOUT.agentsCol(d), `agents ${d}`);
    day.forEach((v, s) => {
      b.value(HEADCOUNT_LAYOUT.firstRow + s, HEADCOUNT_LAYOUT.volumeCol(d), v);
      b.value(HEADCOUNT_LAYOUT.firstRow + s, HEADCOUNT_LAYOUT.agentsCol(d), required[d]![s]!);
    });
  });
  return b.build();
}
