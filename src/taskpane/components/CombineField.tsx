/**
 * How past years' uplifts are combined (mean, max, last): the Forecast and Peak panels' same choice.
 */
import { COMBINES, type Combine } from "../../core/forecast";
import { FORECAST_TEXT } from "../../i18n/forecast";
import type { Locale } from "../../i18n/locale";
import { SelectField } from "./SelectField";

/** The remembered choice as a combine rule ("mean" when it is not one). */
export function combineChoice(v: string): Combine {
  return (COMBINES as readonly string[]).includes(v) ? (v as Combine) : "mean";
}

export function CombineField({ locale, value, onChange }: { locale: Locale; value: Combine; onChange: (value: string) => void }) {
  const t = FORECAST_TEXT[locale].panel;
  const labels: Record<Combine, string> = { mean: t.combineMean, max: t.combineMax, last: t.combineLast };
  return <SelectField label={t.combine} value={value} options={COMBINES} optionLabel={(c) => labels[c]} onChange={onChange} />;
}
