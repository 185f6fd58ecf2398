/**
 * How a ribbon button asks the task pane to show a panel. With a shared runtime the ribbon
 * commands and the pane share one JavaScript context, so a button stores the request on the global
 * object and fires an event; the pane reads the stored request when it mounts and listens for later ones.
 */
import { GENERATOR_IDS, type GeneratorId } from "../sheets/generators";

/** One panel per generator (`src/sheets/generators.ts`). */
export type PanelId = GeneratorId;

export const PANEL_IDS: readonly PanelId[] = GENERATOR_IDS;

const EVENT = "kefukit:open-panel";

interface PanelRequestGlobal {
  __kefuRequestedPanel?: PanelId;
}

export function requestPanel(panel: PanelId): void {
  (globalThis as PanelRequestGlobal).__kefuRequestedPanel = panel;
  if (typeof globalThis.dispatchEvent === "function") {
    globalThis.dispatchEvent(new CustomEvent(EVENT, { detail: panel }));
  }
}

export function takeRequestedPanel(): PanelId | undefined {
  const g = globalThis as PanelRequestGlobal;
  const panel = g.__kefuRequestedPanel;
  delete g.__kefuRequestedPanel;
  return panel;
}

/** Calls `onPanel` for every later request; returns the unsubscribe function. */
export function onPanelRequest(onPanel: (panel: PanelId) => void): () => void {
  const handler = (e: Event): void => onPanel((e as CustomEvent<PanelId>).detail);
  globalThis.addEventListener?.(EVENT, handler);
  return () => globalThis.removeEventListener?.(EVENT, handler);
}
