/**
 * Ribbon buttons that open the task pane at one panel. The keys are the generators'
 * `ribbon.command`s, the `<FunctionName>`s of the ExecuteFunction buttons in manifest.xml
 * (test/manifest.test.ts checks both sides agree).
 */
import { GENERATORS } from "../sheets/generators";
import { requestPanel, type PanelId } from "./panel-request";

export const PANEL_COMMANDS: Readonly<Record<string, PanelId>> = Object.fromEntries(GENERATORS.map((g) => [g.ribbon.command, g.id]));

/** The part of `Office.actions` we use, so the registration can run against a fake in tests. */
export interface ActionRegistry {
  associate(name: string, action: (event: Office.AddinCommands.Event) => void): void;
}

/**
 * Registers one handler per panel button: remember the requested panel, show the (shared-runtime)
 * task pane, then tell Office the command is done — also when showing the pane fails, or Office
 * would keep the button busy.
 */
export function registerPanelCommands(actions: ActionRegistry, showTaskpane: () => Promise<void>): void {
  for (const [name, panel] of Object.entries(PANEL_COMMANDS)) {
    actions.associate(name, (event) => {
      requestPanel(panel);
      showTaskpane()
        .catch((e: unknown) => console.error(`Kefu Kit: cannot show the task pane for ${panel}`, e))
        .finally(() => event.completed());
    });
  }
}
