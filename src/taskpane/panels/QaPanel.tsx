/** QA template: scoring standard, review log and summary for pre-sale or after-sale chat. */
import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { buildQaSheets } from "../../sheets/qa/build-qa-sheets";
import { NumberField } from "../components/NumberField";
import { PanelShell } from "../components/PanelShell";
import { PEOPLE_DEFAULTS, PeopleSource, peopleRangeError, readPeopleChoice } from "../components/PeopleSource";
import { usePane } from "../pane-context";
import { useChoices } from "../use-choices";
import { useGenerator, type BuiltSheets } from "../use-generator";
import { numberFieldMessage, parseNumberField } from "../validation";

export const QA_DEFAULTS = { channel: "pre-sale", rows: "500", ...PEOPLE_DEFAULTS };
const ROW_LIMITS = { min: 1, max: 5000, integer: true };

export function QaPanel() {
  const { host, locale, text } = usePane();
  const t = text.qa;
  const [choices, set, remember] = useChoices(host, "qa", QA_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);
  const channel = choices.channel === "after-sale" ? "after-sale" : "pre-sale";
  const rowsError = numberFieldMessage(choices.rows, ROW_LIMITS, text);

  const build = useCallback(async (): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    if (rowsError || peopleRangeError(choices, text)) return undefined;
    const people = await readPeopleChoice(choices, host, text);
    const rows = parseNumberField(choices.rows, ROW_LIMITS) ?? 500;
    return { specs: buildQaSheets({ channel, rows, ...(people ? { agents: people.map((p) => p.name) } : {}) }, locale) };
  }, [channel, choices, host, locale, rowsError, text]);
  const { state, run } = useGenerator(build, remember);

  return (
    <PanelShell id="qa" intro={t.intro} state={state} onRun={() => void run()} fileName={`${text.tabs.qa}.xlsx`}>
      <Field label={t.channel}>
        <RadioGroup value={channel} onChange={(_e, d) => set("channel", d.value)}>
          <Radio value="pre-sale" label={t.preSale} />
          <Radio value="after-sale" label={t.afterSale} />
        </RadioGroup>
      </Field>
      <Field label={t.catalogue}>
        <Select value="default" onChange={() => undefined}>
          <option value="default">{t.defaultCatalogue}</option>
        </Select>
      </Field>
      <PeopleSource label={text.common.people} choice={choices} onChange={(k, v) => set(k, v)} showErrors={showErrors} />
      <NumberField
        label={t.rows}
        value={choices.rows}
        onChange={(v) => set("rows", v)}
        error={rowsError}
        showErrors={showErrors}
      />
    </PanelShell>
  );
}
