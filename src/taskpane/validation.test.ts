import { TASKPANE_TEXT } from "../i18n/taskpane";
import { numberFieldMessage, parseNumberField, readNumberColumn } from "./validation";

const EN = TASKPANE_TEXT["en-US"];
const ZH = TASKPANE_TEXT["zh-CN"];
const messages = { notNumber: EN.staffing.volumeNotNumber, negative: EN.staffing.volumeNegative, rows: EN.staffing.volumeRows, columns: EN.staffing.volumeColumns };

describe("form checks", () => {
  it("accepts numbers inside the limits only", () => {
    expect(parseNumberField(" 80 ", { min: 1, max: 99 })).toBe(80);
    expect(parseNumberField("99.5", { min: 1, max: 99 })).toBeUndefined();
    expect(parseNumberField("2.5", { min: 1, max: 10, integer: true })).toBeUndefined();
    expect(parseNumberField("1e3", { min: 1, max: 5000, integer: true })).toBe(1000);
    expect(parseNumberField("abc", { min: 0, max: 1 })).toBeUndefined();
    expect(numberFieldMessage("", { min: 0, max: 1 }, ZH)).toBe(ZH.common.required);
    expect(numberFieldMessage("0", { min: 1, max: 36000 }, ZH)).toBe("请输入 1 到 36000 之间的数字。");
    expect(numberFieldMessage("0", { min: 1, max: 10, integer: true }, EN)).toBe("Enter a whole number from 1 to 10.");
  });

  it("says a half-typed number is not a number, in the pane's language (not \"required\")", () => {
    for (const raw of ["1e", "-", "+", ".", "1e+", "0x10", "Infinity", "12abc"]) {
      expect(parseNumberField(raw, { min: -100, max: 100 })).toBeUndefined();
      expect(numberFieldMessage(raw, { min: 0, max: 100 }, EN)).toBe(`“${raw}” is not a number: type digits, e.g. 180 or 0.5.`);
      const zh = numberFieldMessage(raw, { min: 0, max: 100 }, ZH)!;
      expect(zh).toBe(`“${raw}”不是数字：请输入数字，例如 180 或 0.5。`);
      expect(zh).not.toBe(ZH.common.required);
    }
    expect(numberFieldMessage("  ", { min: 0, max: 1 }, EN)).toBe(EN.common.required);
    expect(parseNumberField("-5", { min: -10, max: 0 })).toBe(-5);
  });

  it("reads a volume column, naming the first bad row", () => {
    expect(readNumberColumn([[1], ["2"], [0]], messages, { min: 1, max: 10 })).toEqual({ ok: true, numbers: [1, 2, 0] });
    expect(readNumberColumn([[1], [null]], messages, { min: 1, max: 10 })).toEqual({ ok: false, message: "Row 2 of the volume range is not a number (“”)." });
    expect(readNumberColumn([[1], [-3]], messages, { min: 1, max: 10 })).toEqual({ ok: false, message: "Row 2 of the volume range is negative." });
    expect(readNumberColumn([[1, 2]], messages, { min: 1, max: 10 })).toEqual({ ok: false, message: EN.staffing.volumeColumns });
    expect(readNumberColumn([[1]], messages, { min: 144, max: 144 })).toEqual({
      ok: false,
      message: "The volume range needs 1 to 1 008 rows (one per 10-minute slot); it has 1.",
    });
    expect(readNumberColumn([[1.5]], messages, { min: 1, max: 1 }, true).ok).toBe(false);
  });
});
