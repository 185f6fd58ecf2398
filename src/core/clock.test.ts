import { formatClock, formatHoursMinutes, parseClock } from "./clock";

describe("clock texts", () => {
  it("formats offsets past 24:00 as they are and clock times wrapped to the day", () => {
    expect(formatHoursMinutes(1530)).toBe("25:30");
    expect(formatHoursMinutes(5)).toBe("00:05");
    expect(formatClock(1500)).toBe("01:00");
    expect(formatClock(510)).toBe("08:30");
  });

  it("reads HH:MM up to 48:00 and rejects the rest", () => {
    expect(parseClock("08:30")).toBe(510);
    expect(parseClock("29:00")).toBe(1740);
    expect(parseClock("08:60")).toBeNull();
    expect(parseClock("49:00")).toBeNull();
    expect(parseClock(510)).toBeNull();
  });
});
