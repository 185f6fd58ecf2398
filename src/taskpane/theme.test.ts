import { luminance, prefersDark } from "./theme";

describe("theme choice", () => {
  it("follows Office's body background when there is one", () => {
    expect(prefersDark("#262626", "?theme=light", false)).toBe(true); // Office dark grey / black themes
    expect(prefersDark("#FFFFFF", "?theme=dark", true)).toBe(false);
    expect(prefersDark("#E6E6E6", "", true)).toBe(false); // colorful / light grey
  });

  it("otherwise takes ?theme=, then the browser preference", () => {
    expect(prefersDark(undefined, "?theme=dark", false)).toBe(true);
    expect(prefersDark(undefined, "?x=1", true)).toBe(true);
    expect(prefersDark("not a colour", "", false)).toBe(false);
  });

  it("computes sRGB relative luminance", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 12);
    expect(luminance("#808080")).toBeCloseTo(0.2158605, 6); // WCAG value for mid grey
  });
});
