/** Excel serial dates (1900 date system), time-zone free: the one date type core and sheets share. */

/** Excel serial day number of a calendar date (1900 date system), time-zone free. */
export function toSerialDate(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Calendar date of an Excel serial day number. */
export function fromSerialDate(serial: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "2026-11-11" of a serial date. */
export function isoDate(serial: number): string {
  const { year, month, day } = fromSerialDate(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
