import fc from "fast-check";
import { capacityAgents, capacityWorkload } from "./capacity";

describe("capacity model: ceil(volume·(1 − a) / (r·I/3600))", () => {
  it("staffs 360 questions an hour per agent", () => {
    // 10-minute slot: one agent answers 60; 600 questions with 40 % automated → 360 / 60 = 6
    expect(capacityWorkload({ volume: 600, perAgentHour: 360, intervalSeconds: 600, automationRate: 0.4 })).toBeCloseTo(6, 12);
    expect(capacityAgents({ volume: 600, perAgentHour: 360, intervalSeconds: 600, automationRate: 0.4 })).toBe(6);
    expect(capacityAgents({ volume: 601, perAgentHour: 360, intervalSeconds: 600 })).toBe(11);
    expect(capacityAgents({ volume: 3600, perAgentHour: 360, intervalSeconds: 3600, automationRate: 0.3 })).toBe(7);
  });

  it("needs nobody when automation resolves everything or nothing arrives", () => {
    expect(capacityAgents({ volume: 500, perAgentHour: 360, intervalSeconds: 600, automationRate: 1 })).toBe(0);
    expect(capacityAgents({ volume: 0, perAgentHour: 360, intervalSeconds: 600 })).toBe(0);
  });

  it("gives enough capacity, and one agent fewer would not be", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        (volume, r, percent) => {
          const a = percent / 100;
          const n = capacityAgents({ volume, perAgentHour: r, intervalSeconds: 600, automationRate: a });
          const handled = (agents: number) => (agents * r * 600) / 3600;
          expect(handled(n)).toBeGreaterThanOrEqual(volume * (1 - a) * (1 - 1e-9));
          if (n > 0) expect(handled(n - 1)).toBeLessThan(volume * (1 - a));
        },
      ),
    );
  });

  it("rejects automation outside [0, 1] and non-positive capacity", () => {
    expect(() => capacityAgents({ volume: 10, perAgentHour: 360, intervalSeconds: 600, automationRate: 1.2 })).toThrow(/automation_rate/);
    expect(() => capacityAgents({ volume: 10, perAgentHour: 0, intervalSeconds: 600 })).toThrow(/per_agent_hour/);
  });
});
