/** "HH:MM" clock texts ↔ minutes after 00:00 (up to 48:00 for nights that end the next day). */

/** Minutes of "08:30" (→ 510), or `null` when the text is not a clock time in 00:00–48:00. */
export function parseClock(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  return total <= 2880 ? total : null;
}

/** "HH:MM" for a whole number of minutes that may pass 24:00 (1530 → "25:30"): offsets, durations. */
export function formatHoursMinutes(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** "08:30" for 510; minutes past midnight wrap (1500 → "01:00"). */
export function formatClock(minutes: number): string {
  return formatHoursMinutes(((Math.round(minutes) % 1440) + 1440) % 1440);
}
