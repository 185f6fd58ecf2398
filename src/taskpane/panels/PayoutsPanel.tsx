/** Payouts: the editable incentive plan, per-agent inputs and statements, and the cost summary. */
import { useCallback, useState } from "react";
import { buildPayoutSheets } from "../../sheets/payouts";
import { PanelShell } from "../components/PanelShell";
import { PEOPLE_DEFAULTS, PeopleSource, peopleRangeError, readPeopleChoice } from "../components/PeopleSource";
import { usePane } from "../pane-context";
import { agentsFromRows } from "../people";
import { useChoices } from "../use-choices";
import { useGenerator, type BuiltSheets } from "../use-generator";

export function PayoutsPanel() {
  const { host, locale, text } = usePane();
  const [choices, set, remember] = useChoices(host, "payouts", PEOPLE_DEFAULTS);
  const [showErrors, setShowErrors] = useState(false);

  const build = useCallback(async (): Promise<BuiltSheets | undefined> => {
    setShowErrors(true);
    if (peopleRangeError(choices, text)) return undefined;
    const people = await readPeopleChoice(choices, host, text);
    return { specs: buildPayoutSheets(people ? { agents: agentsFromRows(people), blankFigures: true } : {}, locale) };
  }, [choices, host, locale, text]);
  const { state, run } = useGenerator(build, remember);

  return (
    <PanelShell id="payouts" intro={text.payouts.intro} state={state} onRun={() => void run()} fileName={`${text.tabs.payouts}.xlsx`}>
      <PeopleSource label={text.payouts.people} choice={choices} onChange={(k, v) => set(k, v)} showErrors={showErrors} />
    </PanelShell>
  );
}
