/** A range address input with a "Use selection" button that fills it from the workbook's selection. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { unreadableRange } from "../read-range";
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
}

export function RangeField({ label, hint, value, onChange, error, showErrors }: RangeFieldProps) {
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
          <Input {...fieldProps} className={styles.input} value={value} onChange={(_e, data) => onChange(data.value)} placeholder="Sheet1!B2:B145" />
          <Button onClick={() => void useSelection()}>{text.common.useSelection}</Button>
        </div>
      )}
    </Field>
  );
}
