/**
 * The ribbon-commands entry (webpack entry `commands`). With the shared runtime it runs in the
 * task pane's page (taskpane.html), so a button can hand the pane a panel request directly.
 */
import { registerPanelCommands } from "./panel-commands";

let registered = false;

/** Associates the buttons once Office.js offers `Office.actions` (outside Office it never does). */
function registerWhenAvailable(): void {
  if (registered || typeof Office === "undefined" || !Office.actions || !Office.addin) return;
  registered = true;
  registerPanelCommands(Office.actions, () => Office.addin.showAsTaskpane());
}

// Microsoft's samples associate at load time; Office.onReady covers hosts that add
// `Office.actions` only once the host script has loaded.
registerWhenAvailable();
if (typeof Office !== "undefined") void Office.onReady(registerWhenAvailable);
