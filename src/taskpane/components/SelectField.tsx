/** A labelled dropdown of fixed options (value and the label shown in the pane's language). */
import { Field, Select } from "@fluentui/react-components";

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly V[];
  optionLabel: (value: V) => string;
  onChange: (value: V) => void;
  className?: string | undefined;
}

export function SelectField<V extends string>({ label, value, options, optionLabel, onChange, className }: SelectFieldProps<V>) {
  return (
    <Field className={className} label={label}>
      <Select value={value} onChange={(_e, d) => onChange(d.value as V)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
