/** The frame every panel shares: intro, form, the create button, the run's error or report. */
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePane } from "../pane-context";
import type { GeneratorState } from "../use-generator";
import { ReportView } from "./ReportView";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} 0` },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface PanelShellProps {
  id: string;
  intro: string;
  children: ReactNode;
  state: GeneratorState;
  onRun: () => void;
  /** Shown while running instead of the spinner (e.g. the solver's progress bar). */
  progress?: ReactNode;
  /** Download file name for preview mode. */
  fileName: string;
  /** Extra content after the button (e.g. a note about live formulas). */
  footer?: ReactNode;
}

export function PanelShell({ id, intro, children, state, onRun, progress, fileName, footer }: PanelShellProps) {
  const styles = useStyles();
  const { text } = usePane();
  const running = state.status === "running";
  return (
    <div className={styles.panel} data-panel={id}>
      <Body1>{intro}</Body1>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!running) onRun();
        }}
      >
        {children}
        <Button appearance="primary" type="submit" disabled={running} data-testid="create">
          {running ? text.common.working : text.common.create}
        </Button>
      </form>
      {footer}
      {running && (progress ?? <Spinner size="tiny" label={text.common.working} />)}
      {state.status === "error" && (
        <MessageBar intent="error" role="alert" data-testid="run-error">
          <MessageBarBody>
            <MessageBarTitle>{text.common.errorTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && <ReportView run={state.run} fileName={fileName} />}
    </div>
  );
}
