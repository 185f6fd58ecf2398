/**
 * zh-CN help for custom functions. Excel reads one metadata JSON per locale: the en-US one is
 * generated from JSDoc; the zh-CN one is the same JSON with these descriptions swapped in
 * (ids and names stay English, as Chinese Excel keeps built-in names in English).
 */
export interface FunctionHelp {
  /** What the function returns, one sentence. */
  description: string;
  /** Parameter name → help text. */
  parameters: Readonly<Record<string, string>>;
}

/** Function id → zh-CN help. */
export type HelpTable = Readonly<Record<string, FunctionHelp>>;
