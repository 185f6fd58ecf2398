/** "Who": the sample team or a list of names in the workbook (QA, roster, payouts panels). */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { TaskpaneText } from "../../i18n/taskpane";
import type { WorkbookHost } from "../host/workbook-host";
import { usePane } from "../pane-context";
import { readUserRange } from "../read-range";
import { PlainMessage } from "../use-generator";
import { parseAddress } from "../host/range-address";
import { readPeople, type PersonRow } from "../people";
import { rangeFieldMessage } from "../validation";
import { RangeField } from "./RangeField";

// A type alias (not an interface) so it fits `useChoices`' record constraint.
export type PeopleChoice = {
  people: string;
  peopleRange: string;
};

export const PEOPLE_DEFAULTS: PeopleChoice = { people: "sample", peopleRange: "" };

export function peopleRangeError(choice: PeopleChoice, text: TaskpaneText): string | undefined {
  return choice.people === "range" ? rangeFieldMessage(choice.peopleRange, text) : undefined;
}

/** The people of a range choice, or undefined for the sample team; bad ranges throw a plain message. */
export async function readPeopleChoice(choice: PeopleChoice, host: WorkbookHost, text: TaskpaneText): Promise<PersonRow[] | undefined> {
  if (choice.people !== "range") return undefined;
  const read = await readUserRange(host, choice.peopleRange, text);
  const origin = parseAddress(read.address)?.range ?? { top: 0, left: 0 };
  const people = readPeople(read.values, origin, text);
  if (!people.ok) throw new PlainMessage(people.message);
  return people.people;
}

export interface PeopleSourceProps {
  label: string;
  /** The sample option's label when it differs (the roster adds reserves to the sample team). */
  sampleLabel?: string;
  choice: PeopleChoice;
  onChange: (key: keyof PeopleChoice, value: string) => void;
  showErrors: boolean;
}

export function PeopleSource({ label, sampleLabel, choice, onChange, showErrors }: PeopleSourceProps) {
  const { text } = usePane();
  return (
    <>
      <Field label={label}>
        <RadioGroup value={choice.people} onChange={(_e, d) => onChange("people", d.value)}>
          <Radio value="sample" label={sampleLabel ?? text.common.sampleTeam} />
          <Radio value="range" label={text.common.peopleRange} />
        </RadioGroup>
      </Field>
      {choice.people === "range" && (
        <RangeField
          label={text.common.peopleRangeLabel}
          hint={text.common.peopleRangeHint}
          value={choice.peopleRange}
          onChange={(v) => onChange("peopleRange", v)}
          error={peopleRangeError(choice, text)}
          showErrors={showErrors}
          holds="people"
        />
      )}
    </>
  );
}
