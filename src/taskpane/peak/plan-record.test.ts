import { SAMPLE_CALENDAR } from "../../core/peak";
import { readPlanRecord } from "./plan-record";

describe("the stored peak-plan record", () => {
  const names = { peakHeadcount: "人力需求", peakRoster0Day0: "排班 10月31日", peakRoster0Plan: "班次方案 10月31日" };
  const stored = { version: 1, locale: "zh-CN", name: "x", sample: true, plan: { calendar: { ...SAMPLE_CALENDAR, eventDays: [SAMPLE_CALENDAR.eventDays[0]] } }, team: [], newHires: 3, names, titles: {}, rosters: [{ gridId: "peakRoster0Day0", planId: "peakRoster0Plan", coverageRow: 40, requiredRow: 41 }] };

  it("is read back when complete", () => {
    expect(readPlanRecord(stored)?.names.peakRoster0Day0).toBe("排班 10月31日");
  });

  it("is ignored when another version wrote it, or a sheet name or the calendar is missing (the pane then offers no re-solve)", () => {
    expect(readPlanRecord({ ...stored, version: 2 })).toBeUndefined();
    expect(readPlanRecord({ ...stored, names: { ...names, peakRoster0Plan: undefined } })).toBeUndefined();
    expect(readPlanRecord({ ...stored, plan: {} })).toBeUndefined();
    expect(readPlanRecord({ ...stored, rosters: [] })).toBeUndefined();
    expect(readPlanRecord("peak")).toBeUndefined();
  });
});
