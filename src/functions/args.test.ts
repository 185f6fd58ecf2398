import fc from "fast-check";
import { InputError } from "../core/errors";
import {
  asMatrix,
  broadcast,
  checkNumber,
  describeRule,
  readBoolean,
  readChoice,
  readList,
  readScalar,
  type NumberRule,
  type SpillCell,
} from "./args";

const TARGET: NumberRule = { name: "target_sl", min: 0, minInclusive: false, max: 1, maxInclusive: false };
const COUNT: NumberRule = { name: "agents", min: 0, integer: true };
const INTERVAL: NumberRule = { name: "interval", min: 0, minInclusive: false, default: 600 };

/** The en-US message of the InputError a call throws. */
function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    if (e instanceof InputError) return e.text["en-US"];
    throw e;
  }
  throw new Error("expected an InputError");
}

const messageIn = (cell: SpillCell | undefined): string => (cell instanceof InputError ? cell.text["en-US"] : `not an error: ${String(cell)}`);

describe("describeRule", () => {
  it("states the range in both languages", () => {
    expect(describeRule(TARGET)).toEqual({
      "en-US": "a number greater than 0 and less than 1",
      "zh-CN": "大于 0 且小于 1 的数字",
    });
    expect(describeRule(COUNT)["en-US"]).toBe("a whole number at least 0");
    expect(describeRule({})["en-US"]).toBe("a number");
  });
});

describe("checkNumber", () => {
  it("accepts numbers inside the range, boundaries by inclusiveness", () => {
    expect(checkNumber(0.8, TARGET)).toBe(0.8);
    expect(checkNumber(0, COUNT)).toBe(0);
    expect(messageOf(() => checkNumber(0, TARGET))).toBe("target_sl must be a number greater than 0 and less than 1; got 0.");
    expect(messageOf(() => checkNumber(1, TARGET))).toBe("target_sl must be a number greater than 0 and less than 1; got 1.");
    expect(checkNumber(1, { name: "cap", min: 0, max: 1 })).toBe(1);
  });

  it("reads numeric text as Excel does, and rejects other text and booleans", () => {
    expect(checkNumber(" 120 ", COUNT)).toBe(120);
    expect(checkNumber("1e3", COUNT)).toBe(1000);
    expect(checkNumber(".5", TARGET)).toBe(0.5);
    expect(messageOf(() => checkNumber("abc", COUNT))).toBe('agents must be a whole number at least 0; got "abc".');
    expect(messageOf(() => checkNumber("1,000", COUNT))).toMatch(/got "1,000"/);
    expect(messageOf(() => checkNumber(true, COUNT))).toMatch(/got true/);
  });

  it("rejects non-finite numbers and fractions where whole numbers belong", () => {
    expect(messageOf(() => checkNumber(Number.NaN, TARGET))).toMatch(/^target_sl must be/);
    expect(messageOf(() => checkNumber(Number.POSITIVE_INFINITY, { name: "x" }))).toMatch(/^x must be a number/);
    expect(messageOf(() => checkNumber(2.5, COUNT))).toBe("agents must be a whole number at least 0; got 2.5.");
  });

  it("uses the default for blanks and says a required argument is missing", () => {
    for (const blank of [null, undefined, "", "   "]) expect(checkNumber(blank, INTERVAL)).toBe(600);
    expect(messageOf(() => checkNumber(null, COUNT))).toBe("agents is required: a whole number at least 0.");
    expect(messageOf(() => checkNumber(null, COUNT, "#4"))).toBe("agents (#4) is required: a whole number at least 0.");
  });

  it("names the position and writes the message in Chinese too", () => {
    let error: unknown;
    try {
      checkNumber(-1, COUNT, "#3");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).kind).toBe("invalid");
    expect((error as InputError).text["en-US"]).toBe("agents (#3) must be a whole number at least 0; got -1.");
    expect((error as InputError).text["zh-CN"]).toBe("agents（#3） 必须是不小于 0 的整数，当前为 -1。");
  });

  it("returns every finite number inside an open interval and rejects every one outside", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        if (x > 0 && x < 1) expect(checkNumber(x, TARGET)).toBe(x);
        else expect(() => checkNumber(x, TARGET)).toThrow(InputError);
      }),
    );
  });
});

describe("asMatrix, readScalar", () => {
  it("normalises scalars, null and empty arrays to one cell", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix(null)).toEqual([[null]]);
    expect(asMatrix([])).toEqual([[null]]);
    expect(asMatrix([1, 2])).toEqual([[1], [2]]);
    expect(asMatrix([[1, 2]])).toEqual([[1, 2]]);
  });

  it("reads one cell and refuses a range", () => {
    expect(readScalar([[7]], COUNT)).toBe(7);
    expect(readScalar(null, INTERVAL)).toBe(600);
    expect(messageOf(() => readScalar([[1], [2]], COUNT))).toBe("agents must be a single cell, not a range.");
  });
});

describe("readBoolean and readChoice", () => {
  it("read TRUE/FALSE, 1/0 and their text; omitted (null or undefined) gives the fallback", () => {
    expect(readBoolean([[true]], "flag", false)).toBe(true);
    expect(readBoolean([[0]], "flag", true)).toBe(false);
    expect(readBoolean([[" FALSE "]], "flag", true)).toBe(false);
    expect(readBoolean(null, "flag", true)).toBe(true);
    expect(readBoolean(undefined, "flag", true)).toBe(true);
    expect(readBoolean([[""]], "flag", false)).toBe(false);
    expect(messageOf(() => readBoolean([[2]], "flag", false))).toBe("flag must be TRUE or FALSE.");
    expect(messageOf(() => readBoolean([[true], [false]], "flag", false))).toBe("flag must be TRUE or FALSE.");
  });

  it("match a choice case-insensitively; omitted gives the first", () => {
    const modes = ["marginal", "flat"] as const;
    expect(readChoice([[" FLAT"]], "mode", modes)).toBe("flat");
    expect(readChoice(null, "mode", modes)).toBe("marginal");
    expect(readChoice(undefined, "mode", modes)).toBe("marginal");
    expect(messageOf(() => readChoice([["steps"]], "mode", modes))).toBe('mode must be one of "marginal", "flat".');
    expect(messageOf(() => readChoice([["flat", "flat"]], "mode", modes))).toMatch(/^mode must be one of/);
  });
});

describe("readList", () => {
  const RATE: NumberRule = { name: "rates", min: 0, default: 0 };

  it("reads a range row by row and drops trailing blanks", () => {
    expect(readList([[1, 2], [3, null]], RATE)).toEqual([1, 2, 3]);
    expect(readList([[0.1], [0.2], [""], [null]], RATE)).toEqual([0.1, 0.2]);
  });

  it("never fills a blank inside the list with the default", () => {
    expect(messageOf(() => readList([[1], [null], [3]], RATE))).toBe("rates (#2) is required: a number at least 0.");
  });

  it("names the bad position and refuses an empty list", () => {
    expect(messageOf(() => readList([[1], [-2]], RATE))).toBe("rates (#2) must be a number at least 0; got -2.");
    expect(messageOf(() => readList([[null], [""]], RATE))).toBe("rates needs at least one value.");
    expect(messageOf(() => readList(null, RATE))).toBe("rates needs at least one value.");
  });
});

describe("broadcast", () => {
  const V: NumberRule = { name: "volume", min: 0 };
  const H: NumberRule = { name: "aht", min: 0, minInclusive: false };
  const traffic = ([v, h]: number[]) => (v! * h!) / 600;

  it("computes a single cell", () => {
    expect(broadcast([{ arg: [[100]], rule: V }, { arg: [[180]], rule: H }], traffic)).toEqual([[30]]);
  });

  it("spills in the shape of the ranges, single cells repeated", () => {
    expect(broadcast([{ arg: [[100], [200]], rule: V }, { arg: [[180]], rule: H }], traffic)).toEqual([[30], [60]]);
    expect(broadcast([{ arg: [[100, 200]], rule: V }, { arg: [[180, 60]], rule: H }], traffic)).toEqual([[30, 20]]);
    expect(broadcast([{ arg: 100, rule: V }, { arg: [[60, 120], [180, 240]], rule: H }], traffic)).toEqual([
      [10, 20],
      [30, 40],
    ]);
  });

  it("matches a direct cell-by-cell computation for any column", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 3600 }), (vs, h) => {
        const out = broadcast([{ arg: vs.map((v) => [v]), rule: V }, { arg: [[h]], rule: H }], traffic);
        expect(out).toEqual(vs.map((v) => [(v * h) / 600]));
      }),
    );
  });

  it("gives a blank for a blank cell and an error in a bad cell only", () => {
    const out = broadcast([{ arg: [[100], [null], [""], ["x"], [-1]], rule: V }, { arg: [[180]], rule: H }], traffic);
    expect(out.slice(0, 3)).toEqual([[30], [""], [""]]);
    expect(messageIn(out[3]![0])).toBe('volume (#4) must be a number at least 0; got "x".');
    expect(messageIn(out[4]![0])).toBe("volume (#5) must be a number at least 0; got -1.");
  });

  it("names positions in a row by column and in a block by row and column", () => {
    const row = broadcast([{ arg: [[1, "x"]], rule: V }, { arg: [[1]], rule: H }], traffic);
    expect(messageIn(row[0]![1])).toMatch(/^volume \(#2\)/);
    const block = broadcast([{ arg: [[1, 2], [3, "x"]], rule: V }, { arg: [[1]], rule: H }], traffic);
    expect(messageIn(block[1]![1])).toMatch(/^volume \(R2C2\)/);
  });

  it("fails the whole formula for a bad single cell, even next to a range", () => {
    expect(messageOf(() => broadcast([{ arg: [[1], [2]], rule: V }, { arg: [[0]], rule: H }], traffic))).toBe(
      "aht must be a number greater than 0; got 0.",
    );
  });

  it("uses defaults for omitted single cells", () => {
    const withInterval = ([v, h, i]: number[]) => (v! * h!) / i!;
    expect(broadcast([{ arg: [[100]], rule: V }, { arg: [[180]], rule: H }, { arg: null, rule: INTERVAL }], withInterval)).toEqual([[30]]);
  });

  it("refuses ranges of different shapes, naming both", () => {
    expect(messageOf(() => broadcast([{ arg: [[1], [2]], rule: V }, { arg: [[1, 2]], rule: H }], traffic))).toBe(
      "volume and aht are ranges of different sizes (2×1 and 1×2); use ranges of one size or single cells.",
    );
  });

  it("puts an InputError from the computation in its cell, rethrows it for a single cell, and lets bugs propagate", () => {
    const noAnswer = new InputError({ "en-US": "no answer", "zh-CN": "无解" }, "noAnswer");
    const picky = ([v]: number[]) => {
      if (v === 2) throw noAnswer;
      return v!;
    };
    expect(broadcast([{ arg: [[1], [2]], rule: V }], picky)).toEqual([[1], [noAnswer]]);
    expect(() => broadcast([{ arg: [[2]], rule: V }], picky)).toThrow(noAnswer);
    const buggy = () => {
      throw new TypeError("bug");
    };
    expect(() => broadcast([{ arg: [[1], [2]], rule: V }], buggy)).toThrow(TypeError);
  });
});
