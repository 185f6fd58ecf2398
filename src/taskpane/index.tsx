/**
 * Boot (official React template order): wait for Office, then render the pane.
 * Replaced by the full boot in a later commit.
 */
import { createRoot } from "react-dom/client";

function render(): void {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<p>Kefu Kit</p>);
}

if (typeof Office !== "undefined") void Office.onReady(() => render());
else render();
