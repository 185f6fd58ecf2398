/**
 * Shared command-line plumbing: flag parsing with allowed values, and one way to fail — one line on
 * stderr and a non-zero exit (2 for a usage mistake, 1 for bad input or a failure).
 *
 * @example
 * let locale = terminalLocale();
 * try {
 *   const flags = parseFlags(argv, { locale: { values: LOCALES, default: "zh-CN" }, out: {} });
 *   locale = flags.locale as Locale; // errors from here on speak the --locale language
 *   …
 * } catch (error) {
 *   return reportError(error, locale);
 * }
 */
import { InputError, localizedMessage } from "../core/errors";
import { toLocale, type Locale, type LocalizedText } from "../i18n/locale";

/** A mistake in how the command was called (unknown flag, missing or disallowed value): exit 2. */
export class UsageError extends InputError {
  constructor(text: LocalizedText) {
    super(text, "invalid");
    this.name = "UsageError";
  }
}

export interface FlagDef {
  /** Allowed values; any value when absent. */
  values?: readonly string[];
  /** Value when the flag is not given; the flag is optional only when it has a default or `optional`. */
  default?: string;
  optional?: boolean;
}

export type ParsedFlags<T extends Record<string, FlagDef>> = {
  [K in keyof T]: T[K] extends { default: string } ? string : T[K] extends { optional: true } ? string | undefined : string;
};

/**
 * Parses `--name value` and `--name=value` flags. Every flag takes a value.
 *
 * @throws UsageError for an unknown flag, a positional argument, a missing value, a repeated flag,
 * a value outside `values`, or a required flag left out.
 */
export function parseFlags<T extends Record<string, FlagDef>>(argv: readonly string[], defs: T): ParsedFlags<T> {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([A-Za-z][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!m) {
      throw new UsageError({ "en-US": `unexpected argument "${arg}"`, "zh-CN": `无法识别的参数 "${arg}"` });
    }
    const name = m[1]!;
    const def = defs[name];
    if (def === undefined) {
      const known = Object.keys(defs).map((k) => `--${k}`).join(", ");
      throw new UsageError({ "en-US": `unknown flag --${name} (known: ${known})`, "zh-CN": `未知选项 --${name}（可用：${known}）` });
    }
    let value = m[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) {
        throw new UsageError({ "en-US": `--${name} needs a value`, "zh-CN": `--${name} 需要一个值` });
      }
      value = next;
      i++;
    }
    if (given.has(name)) throw new UsageError({ "en-US": `--${name} given twice`, "zh-CN": `--${name} 重复出现` });
    if (def.values && !def.values.includes(value)) {
      const allowed = def.values.join(" | ");
      throw new UsageError({
        "en-US": `--${name} must be one of ${allowed}, not "${value}"`,
        "zh-CN": `--${name} 只能是 ${allowed}，而不是 "${value}"`,
      });
    }
    given.set(name, value);
  }
  const out: Record<string, string | undefined> = {};
  for (const [name, def] of Object.entries(defs)) {
    const value = given.get(name) ?? def.default;
    if (value === undefined && !def.optional) {
      throw new UsageError({ "en-US": `--${name} is required`, "zh-CN": `缺少必填选项 --${name}` });
    }
    out[name] = value;
  }
  return out as ParsedFlags<T>;
}

/** The locale for messages on the terminal, from LANG / LC_ALL (zh_CN.UTF-8 → zh-CN). */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  return toLocale((env.LC_ALL || env.LC_MESSAGES || env.LANG || "").replace(/_/g, "-"));
}

/** One line for stderr: a {@link LocalizedError}'s text in `locale`, else the error's own message. */
export function errorLine(error: unknown, locale: Locale): string {
  const text = localizedMessage(error, locale) ?? (error instanceof Error ? error.message : String(error));
  return `error: ${text.replace(/\s*\n\s*/g, " ")}`;
}

/** Exit code for an error: 2 for usage mistakes, 1 for everything else. */
export function exitCode(error: unknown): number {
  return error instanceof UsageError || (error instanceof Error && error.name === "UsageError") ? 2 : 1;
}

/**
 * Writes a command's failure as one line on stderr, in `locale`, and returns its exit code
 * (`exitCode`, or `code` when given). Set KEFU_DEBUG=1 to also print the stack.
 */
export function reportError(error: unknown, locale: Locale, code = exitCode(error)): number {
  process.stderr.write(`${errorLine(error, locale)}\n`);
  if (process.env.KEFU_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return code;
}
