import { trafficErlangs } from "./traffic";

describe("trafficErlangs", () => {
  it("is volume × aht ÷ interval", () => {
    expect(trafficErlangs(100, 180, 1800)).toBe(10);
    expect(trafficErlangs(200, 180, 1800)).toBe(20);
    expect(trafficErlangs(50, 240)).toBe(20); // default interval 600 s
    expect(trafficErlangs(0, 240)).toBe(0);
  });

  it("rejects negative volume, non-positive aht and interval", () => {
    expect(() => trafficErlangs(-1, 180)).toThrow(/volume/);
    expect(() => trafficErlangs(10, 0)).toThrow(/aht/);
    expect(() => trafficErlangs(10, 180, 0)).toThrow(/interval/);
    expect(() => trafficErlangs(Number.NaN, 180)).toThrow(/volume/);
  });
});
