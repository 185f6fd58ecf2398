/** A labelled number input whose message appears under it once the user has tried to run. */
import { Field, Input } from "@fluentui/react-components";

export interface NumberFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The validation message, shown only when `showErrors` is set. */
  error: string | undefined;
  showErrors: boolean;
  min: number;
  max: number;
  step?: number;
  /** A "looks unusual" hint (amber), shown as soon as the value is typed; it never blocks a run. */
  warning?: string | undefined;
}

export function NumberField({ label, value, onChange, error, showErrors, min, max, step, warning }: NumberFieldProps) {
  const message = showErrors ? error : undefined;
  const state = message ? { validationState: "error" as const, validationMessage: message } : !error && warning ? { validationState: "warning" as const, validationMessage: warning } : {};
  return (
    <Field label={label} {...state}>
      <Input
        type="number"
        inputMode="decimal"
        value={value}
        min={min}
        max={max}
        step={step ?? "any"}
        onChange={(_e, data) => onChange(data.value)}
      />
    </Field>
  );
}
