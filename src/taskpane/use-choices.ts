/**
 * A panel's last choices, remembered per workbook (document settings in Excel, localStorage in
 * preview). Stored values are merged over the defaults key by key and only when the type matches,
 * so a setting written by an older version never breaks a panel.
 */
import { useCallback, useState } from "react";
import type { WorkbookHost } from "./host/workbook-host";

export function restoreChoices<T extends Record<string, string | boolean>>(stored: unknown, defaults: T): T {
  const out: Record<string, string | boolean> = { ...defaults };
  if (stored && typeof stored === "object") {
    for (const [key, fallback] of Object.entries(defaults)) {
      const v = (stored as Record<string, unknown>)[key];
      if (typeof v === typeof fallback) out[key] = v as string | boolean;
    }
  }
  return out as T;
}

export function useChoices<T extends Record<string, string | boolean>>(
  host: WorkbookHost,
  panel: string,
  defaults: T,
): [T, <K extends keyof T>(key: K, value: T[K]) => void, () => Promise<void>] {
  const key = `choices.${panel}`;
  const [choices, setChoices] = useState<T>(() => restoreChoices(host.getSetting(key), defaults));
  const set = useCallback(<K extends keyof T>(k: K, value: T[K]) => setChoices((prev) => ({ ...prev, [k]: value })), []);
  const remember = useCallback(() => host.setSetting(key, choices), [host, key, choices]);
  return [choices, set, remember];
}
