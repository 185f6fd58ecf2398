/**
 * One error model: every failure a user can meet — a custom-function argument, a pane field, Excel
 * refusing a write, a command-line mistake — reaches them as a LocalizedError rendered in their
 * language. Each path is driven in both languages; a zh-CN text must be Chinese with no English
 * sentence in it, an en-US text English.
 */
import { isLocalizedError, localizedMessage, LocalizedError, InputError, isInputError } from "../src/core/errors";
import { errorLine, exitCode, parseFlags } from "../src/cli/cli-io";
import { WORKBOOK_FLAGS } from "../src/cli/workbook";
import { writeSheets } from "../src/excel";
import { TASKPANE_TEXT } from "../src/i18n/taskpane";
import type { Locale } from "../src/i18n/locale";
import { describeError } from "../src/taskpane/describe-error";
import { PlainMessage } from "../src/taskpane/use-generator";
import { numberFieldMessage } from "../src/taskpane/validation";
import { isExcelError, loadFunctions } from "./support/load-functions";
import { dataSheet, summarySheet } from "./writers/feature-specs";
import { mockContext } from "./writers/office-mock";

const HAN = /[\u3400-\u9fff]/;
const ENGLISH_SENTENCE = /\b(must|failed|could not|is required|not a number|unknown|no sheet|was added|needs)\b/i;

function expectLanguage(text: string, locale: Locale): void {
  if (locale === "zh-CN") {
    expect(text).toMatch(HAN);
    expect(text).not.toMatch(ENGLISH_SENTENCE);
  } else {
    expect(text).toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/); // an English phrase
    expect(text).not.toMatch(/[。，；：]/); // no Chinese sentence (names such as 质检记录 may appear)
  }
}

/** What Excel refusing the second sheet's write throws (office-addin-mock, failing sync). */
async function refusedWrite(): Promise<unknown> {
  const { context, record } = mockContext([]);
  record.failOnSync = 3;
  return writeSheets(context, [dataSheet(), summarySheet()], { notes: "comments" }).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe.each(["en-US", "zh-CN"] as const)("every failure path speaks %s", (locale) => {
  const text = TASKPANE_TEXT[locale];

  it("a custom-function argument: #VALUE! with the message in Excel's display language", () => {
    const fns = loadFunctions({ displayLanguage: locale });
    const result = fns.call("TRAFFIC", [["abc"]], [[180]]);
    expect(isExcelError(result, "#VALUE!")).toBe(true);
    const message = (result as { message?: string }).message ?? "";
    expect(message).toMatch(/^volume/);
    expectLanguage(message, locale);
  });

  it("a pane field: the message under the field", () => {
    for (const raw of ["1e", "", "500"]) expectLanguage(numberFieldMessage(raw, { min: 1, max: 99 }, text)!, locale);
  });

  it("a pane run that fails on bad input or a pane message: describeError renders the LocalizedError", () => {
    const bad = new InputError({ "en-US": "aht must be a number greater than 0; got 0.", "zh-CN": "aht 必须是大于 0 的数字，当前为 0。" });
    expectLanguage(describeError(bad, locale, text), locale);
    expect(describeError(new PlainMessage(text.common.fixFields), locale, text)).toBe(text.common.fixFields);
  });

  it("Excel refusing a write: the user's language, not the English message", async () => {
    const error = await refusedWrite();
    expect(isLocalizedError(error)).toBe(true);
    const shown = describeError(error, locale, text);
    expect(shown).toContain("Summary 汇总");
    expectLanguage(shown.replace(/\(InvalidArgument[^)]*\)|（InvalidArgument[^）]*）/, ""), locale); // Excel's own detail stays as Excel wrote it
    expect(shown).not.toMatch(/^Something went wrong|^出错了/);
  });

  it("a command-line mistake: one line, exit 2", () => {
    let error: unknown;
    try {
      parseFlags(["--bogus", "x"], WORKBOOK_FLAGS);
    } catch (e) {
      error = e;
    }
    expect(exitCode(error)).toBe(2);
    const line = errorLine(error, locale);
    expect(line.split("\n")).toHaveLength(1);
    expectLanguage(line.replace(/^error: /, "").replace(/--[\w-]+/g, ""), locale);
  });
});

describe("isLocalizedError", () => {
  it("recognises the class, a copy from another bundle (the brand), and nothing else", () => {
    expect(isLocalizedError(new LocalizedError({ "en-US": "a", "zh-CN": "甲" }))).toBe(true);
    expect(isLocalizedError(new InputError({ "en-US": "a", "zh-CN": "甲" }))).toBe(true);
    const fromOtherBundle = Object.assign(new Error("a"), { name: "InputError", localized: true, kind: "noAnswer", text: { "en-US": "a", "zh-CN": "甲" } });
    expect(isLocalizedError(fromOtherBundle)).toBe(true);
    expect(isInputError(fromOtherBundle) && fromOtherBundle.kind).toBe("noAnswer");
    expect(localizedMessage(fromOtherBundle, "zh-CN")).toBe("甲");
    expect(isLocalizedError(new Error("plain"))).toBe(false);
    expect(isLocalizedError({ localized: true, text: { "en-US": "a" } })).toBe(false);
    expect(isLocalizedError(null)).toBe(false);
  });
});
