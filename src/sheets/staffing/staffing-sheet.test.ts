import { agentsForServiceLevel, trafficErlangs } from "../../core/staffing";
import { unsupportedFormulaUses, type SheetSpec } from "../spec";
import { computeStaffing } from "./compute-staffing";
import { buildStaffingSheet, TABLE_HEADER_ROW, type StaffingParams } from "./staffing-sheet";

const PARAMS: StaffingParams = {
  intervalSeconds: 1800,
  ahtSeconds: 180,
  targetServiceLevel: 0.8,
  answerSeconds: 20,
  shrinkage: 0.3,
  maxOccupancy: 1,
  patienceSeconds: 300,
  concurrency: 2,
  chatsPerAgentHour: 360,
  automationRate: 0.4,
};

function cellAt(spec: SheetSpec, row: number, col: number) {
  return spec.cells.find((c) => c.row === row && c.col === col);
}

describe("staffing sheet", () => {
  const first = TABLE_HEADER_ROW + 1;

  it("writes live CS.AGENTS formulas pointing at the parameter cells (Erlang C)", () => {
    const spec = buildStaffingSheet({ model: "erlangC", volumes: [100, 0], params: PARAMS }, "en-US");
    // Parameters from row 4: interval B4, aht B5, target B6, answer B7, occupancy B8, shrinkage B9.
    expect(cellAt(spec, first, 2)?.formula).toBe("CS.AGENTS(B13,$B$5,$B$6,$B$7,$B$4,$B$8)");
    expect(cellAt(spec, first, 3)?.formula).toBe("CS.SCHEDULED(C13,$B$9)");
    expect(cellAt(spec, first, 4)?.formula).toBe("CS.TRAFFIC(B13,$B$5,$B$4)");
    expect(cellAt(spec, first + 1, 2)?.formula).toBe("CS.AGENTS(B14,$B$5,$B$6,$B$7,$B$4,$B$8)");
    expect(cellAt(spec, 4, 1)?.value).toBe(180);
    expect(spec.charts?.[0]?.source).toEqual({ top: TABLE_HEADER_ROW, left: 0, bottom: first + 1, right: 2 });
  });

  it("the live sheet's only non-native functions are the CS.* ones", () => {
    const spec = buildStaffingSheet({ model: "erlangA", volumes: [5, 6, 7], params: PARAMS }, "en-US");
    const problems = unsupportedFormulaUses(spec);
    expect(problems.length).toBe(9); // 3 slots × (AGENTSA, SCHEDULED, TRAFFIC)
    expect(problems.every((p) => /: CS\.(AGENTSA|SCHEDULED|TRAFFIC) in /.test(p))).toBe(true);
  });

  it("uses each model's function with its own arguments", () => {
    const formula = (model: "erlangA" | "chat" | "capacity") =>
      cellAt(buildStaffingSheet({ model, volumes: [1], params: PARAMS }, "zh-CN"), first, 2)?.formula;
    expect(formula("erlangA")).toBe("CS.AGENTSA(B13,$B$5,$B$6,$B$7,$B$8,$B$4)");
    expect(formula("chat")).toBe("CS.CHATAGENTS(B13,$B$5,$B$6,$B$7,$B$8,$B$4)");
    expect(formula("capacity")).toBe("CS.CAPACITYAGENTS(B13,$B$5,$B$4,$B$6)");
  });

  it("computes the published Erlang C example: 100 calls / 30 min, AHT 180 s, 80/20 → 14 agents, 20 scheduled at 30 % shrinkage", () => {
    const values = computeStaffing({ model: "erlangC", volumes: [100, 0], params: PARAMS });
    expect(values.traffic).toEqual([10, 0]);
    expect(values.required).toEqual([14, 0]);
    expect(values.scheduled).toEqual([20, 0]);
  });

  it("capacity model follows the capacity article: 600 questions, 360 an hour, 40 % automation, 10 min → 6 agents", () => {
    const values = computeStaffing({ model: "capacity", volumes: [600], params: { ...PARAMS, intervalSeconds: 600 } });
    expect(values.required).toEqual([6]);
    expect(values.traffic).toBeUndefined();
  });

  it("static variant holds the computed numbers and no CS.* formula", () => {
    const input = { model: "erlangC" as const, volumes: [100, 50, 0], params: PARAMS };
    const spec = buildStaffingSheet(input, "en-US", computeStaffing(input));
    expect(spec.cells.some((c) => c.formula?.includes("CS."))).toBe(false);
    expect(unsupportedFormulaUses(spec)).toEqual([]); // the download calculates in Excel, WPS and LibreOffice
    expect(cellAt(spec, first, 2)?.value).toBe(14);
    const a = trafficErlangs(50, 180, 1800);
    expect(cellAt(spec, first + 1, 2)?.value).toBe(
      agentsForServiceLevel({ trafficErlangs: a, ahtSeconds: 180, targetServiceLevel: 0.8, answerTimeSeconds: 20, maxOccupancy: 1 }),
    );
  });

  it("headings follow the locale", () => {
    expect(buildStaffingSheet({ model: "erlangC", volumes: [1], params: PARAMS }, "zh-CN").name).toBe("人力需求");
    expect(buildStaffingSheet({ model: "erlangC", volumes: [1], params: PARAMS }, "en-US").name).toBe("Headcount");
  });
});
