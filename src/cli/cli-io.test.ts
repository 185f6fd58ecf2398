import { InputError } from "../core/errors";
import { UsageError, errorLine, exitCode, parseFlags, terminalLocale } from "./cli-io";

const FLAGS = { locale: { values: ["zh-CN", "en-US"], default: "zh-CN" }, out: { optional: true }, team: {} } as const;

describe("parseFlags", () => {
  it("reads --name value and --name=value, with defaults", () => {
    expect(parseFlags(["--team", "a", "--out=x.xlsx"], FLAGS)).toEqual({ locale: "zh-CN", out: "x.xlsx", team: "a" });
    expect(parseFlags(["--team=b", "--locale", "en-US"], FLAGS)).toEqual({ locale: "en-US", out: undefined, team: "b" });
  });

  it.each([
    [["--team", "a", "--bogus", "1"], /unknown flag --bogus/],
    [["--team", "a", "stray"], /unexpected argument "stray"/],
    [["--team"], /--team needs a value/],
    [["--team", "--out", "x"], /--team needs a value/],
    [["--team", "a", "--team", "b"], /--team given twice/],
    [["--team", "a", "--locale", "fr"], /--locale must be one of zh-CN \| en-US, not "fr"/],
    [[], /--team is required/],
  ])("rejects %j as a usage error", (argv, message) => {
    expect(() => parseFlags(argv, FLAGS)).toThrow(UsageError);
    expect(() => parseFlags(argv, FLAGS)).toThrow(message);
  });

  it("has the message in Chinese too", () => {
    try {
      parseFlags(["--bogus", "1"], FLAGS);
      throw new Error("no error");
    } catch (e) {
      expect((e as UsageError).text["zh-CN"]).toMatch(/^未知选项 --bogus/);
    }
  });
});

describe("errors on the terminal", () => {
  it("are one line, in the terminal's language, exit 2 for usage and 1 otherwise", () => {
    const usage = new UsageError({ "en-US": "bad\nflag", "zh-CN": "选项错误" });
    expect(errorLine(usage, "en-US")).toBe("error: bad flag");
    expect(errorLine(usage, "zh-CN")).toBe("error: 选项错误");
    expect(exitCode(usage)).toBe(2);
    expect(exitCode(new InputError({ "en-US": "x", "zh-CN": "x" }))).toBe(1);
    expect(exitCode(new Error("boom"))).toBe(1);
    expect(terminalLocale({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(terminalLocale({ LANG: "C.UTF-8" })).toBe("en-US");
  });
});
