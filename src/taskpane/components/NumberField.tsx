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
}

export function NumberField({ label, value, onChange, error, showErrors, min, max, step }: NumberFieldProps) {
  const message = showErrors ? error : undefined;
  return (
    <Field label={label} {...(message ? { validationState: "error", validationMessage: message } : {})}>
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
