/** A range address input with a "Use selection" button that fills it from the workbook's selection. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { quoteSheetName } from "../../sheets/spec";
import { unreadableRange } from "../read-range";
import type { RangeKind } from "../host/workbook-host";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  input: { flexGrow: 1, minWidth: 0 },
});

export interface RangeFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  showErrors: boolean;
  /** What the range holds, for the placeholder. */
  holds: RangeKind;
}

const EXAMPLE_CELLS: Record<RangeKind, string> = { people: "A2:B31", numbers: "B2:B145" };

/** "B2:B145" in Excel (the active sheet); "'Sample volume'!B2:B145" in preview, a sheet it really has. */
function placeholder(holds: RangeKind, sheet: string | undefined): string {
  return sheet ? `${quoteSheetName(sheet)}!${EXAMPLE_CELLS[holds]}` : EXAMPLE_CELLS[holds];
}

export function RangeField({ label, hint, value, onChange, error, showErrors, holds }: RangeFieldProps) {
  const styles = useStyles();
  const { host, text } = usePane();
  const [readError, setReadError] = useState<string>();
  const useSelection = async () => {
    try {
      const selection = await host.readSelection();
      setReadError(undefined);
      onChange(selection.address);
    } catch (e) {
      setReadError(unreadableRange(e, text));
    }
  };
  const message = readError ?? (showErrors ? error : undefined);
  return (
    <Field label={label} {...(hint ? { hint } : {})} {...(message ? { validationState: "error", validationMessage: message } : {})}>
      {(fieldProps) => (
        <div className={styles.row}>
          <Input {...fieldProps} className={styles.input} value={value} onChange={(_e, data) => onChange(data.value)} placeholder={placeholder(holds, host.exampleSheet?.(holds))} />
          <Button onClick={() => void useSelection()}>{text.common.useSelection}</Button>
        </div>
      )}
    </Field>
  );
}
