/**
 * A labelled number input whose message appears under it once the user has tried to run. A text
 * input with the decimal keypad, not `type="number"`: a browser empties a number input holding
 * "1e" or "-", which would read as "required" instead of "not a number".
 */
import { Field, Input } from "@fluentui/react-components";

export interface NumberFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The validation message, shown only when `showErrors` is set. */
  error: string | undefined;
  showErrors: boolean;
  /** A "looks unusual" hint (amber), shown as soon as the value is typed; it never blocks a run. */
  warning?: string | undefined;
}

export function NumberField({ label, value, onChange, error, showErrors, warning }: NumberFieldProps) {
  const message = showErrors ? error : undefined;
  const state = message ? { validationState: "error" as const, validationMessage: message } : !error && warning ? { validationState: "warning" as const, validationMessage: warning } : {};
  return (
    <Field label={label} {...state}>
      <Input
        type="text"
        inputMode="decimal"
        value={value}
        onChange={(_e, data) => onChange(data.value)}
      />
    </Field>
  );
}
