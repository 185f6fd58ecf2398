/**
 * How past years' uplifts are combined (mean, max, last): the Forecast and Peak panels' same choice.
 */
import { Field, Select } from "@fluentui/react-components";
import { COMBINES, type Combine } from "../../core/forecast";
import { FORECAST_TEXT } from "../../i18n/forecast";
import type { Locale } from "../../i18n/locale";

/** The remembered choice as a combine rule ("mean" when it is not one). */
export function combineChoice(v: string): Combine {
  return (COMBINES as readonly string[]).includes(v) ? (v as Combine) : "mean";
}

export function CombineField({ locale, value, onChange }: { locale: Locale; value: Combine; onChange: (value: string) => void }) {
  const t = FORECAST_TEXT[locale].panel;
  return (
    <Field label={t.combine}>
      <Select value={value} onChange={(_e, d) => onChange(d.value)}>
        <option value="mean">{t.combineMean}</option>
        <option value="max">{t.combineMax}</option>
        <option value="last">{t.combineLast}</option>
      </Select>
    </Field>
  );
}
