import { TASKPANE_TEXT } from "./taskpane";

/** Every leaf string with its dotted key. */
function leaves(value: unknown, prefix = ""): Array<[string, string]> {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("task pane strings", () => {
  const en = new Map(leaves(TASKPANE_TEXT["en-US"]));
  const zh = new Map(leaves(TASKPANE_TEXT["zh-CN"]));

  it("exist in both languages with the same keys, none empty", () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, s] of [...en, ...zh]) expect({ key, empty: s.trim() === "" }).toEqual({ key, empty: false });
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, s] of en) expect({ key, zh: placeholders(zh.get(key) ?? "") }).toEqual({ key, zh: placeholders(s) });
  });

  it("are really translated: every Chinese string has Chinese characters and differs from the English one", () => {
    // A pure pattern ("{cell}: {formula}") has no words to translate, only its punctuation ("{cell}：{formula}").
    const hasWords = (key: string): boolean => /[A-Za-z]/.test((en.get(key) ?? "").replace(/\{\w+\}/g, ""));
    const untranslated = [...zh].filter(([key, s]) => (hasWords(key) && !/[\u4e00-\u9fff]/.test(s)) || s === en.get(key));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
