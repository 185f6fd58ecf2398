/**
 * A panel's list of number fields: the rule of each (limits), the message under each, the numbers
 * they hold, and the fields themselves. The panels only say which keys they show, with what labels.
 */
import type { TaskpaneText } from "../../i18n/taskpane";
import { numberFieldMessage, parseNumberField, type NumberLimits } from "../validation";
import { NumberField } from "./NumberField";

/** Limits of fields several panels ask for the same way (one rule per idea). */
export const SHARED_LIMITS = {
  /** Normal contacts per day. */
  baseline: { min: 1, max: 1e9 },
  /** Questions (or chats) one agent answers per hour. */
  perAgentHour: { min: 1, max: 10_000 },
  /** Share the bot resolves, %. */
  automation: { min: 0, max: 99 },
} as const satisfies Record<string, NumberLimits>;

export interface NumberForm<K extends string> {
  /** The message under the field, or undefined when its value is fine. */
  error: (key: K) => string | undefined;
  /** True when one of `keys` has a message. */
  hasError: (keys: readonly K[]) => boolean;
  /** The number of a field, or the default's when the field holds no valid number. */
  value: (key: K) => number;
}

export function numberForm<K extends string>(
  choices: Readonly<Record<NoInfer<K>, string>>,
  limits: Readonly<Record<K, NumberLimits>>,
  defaults: Readonly<Record<NoInfer<K>, string>>,
  text: TaskpaneText,
): NumberForm<K> {
  const error = (key: K) => numberFieldMessage(choices[key], limits[key], text);
  return {
    error,
    hasError: (keys) => keys.some((k) => error(k) !== undefined),
    value: (key) => parseNumberField(choices[key], limits[key]) ?? Number(defaults[key]),
  };
}

export interface NumberFieldsProps<K extends string> {
  keys: readonly K[];
  labels: Readonly<Record<K, string>>;
  form: NumberForm<K>;
  choices: Readonly<Record<NoInfer<K>, string>>;
  onChange: (key: K, value: string) => void;
  showErrors: boolean;
  /** A "looks unusual" hint per field (see NumberField). */
  warning?: (key: K) => string | undefined;
}

export function NumberFields<K extends string>({ keys, labels, form, choices, onChange, showErrors, warning }: NumberFieldsProps<K>) {
  return (
    <>
      {keys.map((key) => (
        <NumberField key={key} label={labels[key]} value={choices[key]} onChange={(v) => onChange(key, v)} error={form.error(key)} warning={warning?.(key)} showErrors={showErrors} />
      ))}
    </>
  );
}
