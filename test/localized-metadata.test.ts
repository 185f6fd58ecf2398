/**
 * The build step that writes dist/functions.zh-CN.json (scripts/webpack/localized-metadata.cjs):
 * swaps in zh-CN help, and reports what would leave the Chinese function wizard half English.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build helper
const { localizeMetadata } = require("../scripts/webpack/localized-metadata.cjs") as {
  localizeMetadata: (
    metadata: unknown,
    help: unknown,
  ) => { metadata: { functions: { id: string; description?: string; parameters?: { name: string; description?: string }[] }[] }; problems: string[]; warnings: string[] };
};

const METADATA = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "TRAFFIC",
      name: "TRAFFIC",
      description: "Offered traffic in Erlangs.",
      parameters: [
        { name: "volume", description: "Contacts in the interval.", type: "number" },
        { name: "aht", description: "Average handling time, seconds.", type: "number" },
      ],
      result: { type: "number" },
    },
    { id: "ERLANGB", name: "ERLANGB", description: "Blocking probability.", parameters: [{ name: "servers", type: "number" }] },
  ],
};

const FULL_HELP = {
  TRAFFIC: { description: "话务量（爱尔兰）。", parameters: { volume: "时段内的咨询量。", aht: "平均处理时长（秒）。" } },
  ERLANGB: { description: "阻塞概率。", parameters: { servers: "坐席数。" } },
};

test("swaps in the zh-CN texts and keeps ids, names, types and other fields", () => {
  const { metadata, problems, warnings } = localizeMetadata(METADATA, FULL_HELP);
  expect(problems).toEqual([]);
  expect(warnings).toEqual([]);
  expect(metadata).toEqual({
    ...METADATA,
    functions: [
      {
        ...METADATA.functions[0],
        description: "话务量（爱尔兰）。",
        parameters: [
          { name: "volume", description: "时段内的咨询量。", type: "number" },
          { name: "aht", description: "平均处理时长（秒）。", type: "number" },
        ],
      },
      { ...METADATA.functions[1], description: "阻塞概率。", parameters: [{ name: "servers", type: "number", description: "坐席数。" }] },
    ],
  });
});

test("a function without help, a parameter without help and help for an unknown parameter are problems", () => {
  const { problems } = localizeMetadata(METADATA, {
    TRAFFIC: { description: "话务量。", parameters: { volume: "咨询量。", ahtSeconds: "处理时长。" } },
  });
  expect(problems.sort()).toEqual(
    ['ERLANGB: no zh-CN help', 'TRAFFIC: no zh-CN help for parameter "aht"', 'TRAFFIC: zh-CN help for unknown parameter "ahtSeconds"'].sort(),
  );
});

test("help for an id that is not (yet) a function is only a warning", () => {
  const { problems, warnings } = localizeMetadata(METADATA, { ...FULL_HELP, SPLIT: { description: "拆分。", parameters: {} } });
  expect(problems).toEqual([]);
  expect(warnings).toEqual(["zh-CN help for SPLIT, which is not a custom function (yet)"]);
});
