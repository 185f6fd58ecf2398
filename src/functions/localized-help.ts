/**
 * zh-CN help for custom functions. Excel reads one metadata JSON per locale: the en-US one is
 * generated from JSDoc; the zh-CN one is the same JSON with these descriptions swapped in
 * (ids and names stay English, as Chinese Excel keeps built-in names in English).
 */
import { zhParameters, type Params } from "./params";

export interface FunctionHelp {
  /** What the function returns, one sentence. */
  description: string;
  /** Parameter name → help text. */
  parameters: Readonly<Record<string, string>>;
}

/** Function id → zh-CN help. */
export type HelpTable = Readonly<Record<string, FunctionHelp>>;

/**
 * A module's zh-CN help: its descriptions, and each parameter's help derived from the declared
 * parameters (params.ts), so the range sentence is the rule's. A description for an id without
 * declared parameters (or the reverse) is a mistake.
 */
export function helpTable(params: Readonly<Record<string, Params>>, descriptions: Readonly<Record<string, string>>): HelpTable {
  const ids = new Set([...Object.keys(params), ...Object.keys(descriptions)]);
  const table: Record<string, FunctionHelp> = {};
  for (const id of ids) {
    const declared = params[id];
    const description = descriptions[id];
    if (!declared || description === undefined) throw new Error(`${id}: zh-CN description and declared parameters must both exist`);
    table[id] = { description, parameters: zhParameters(declared) };
  }
  return table;
}
