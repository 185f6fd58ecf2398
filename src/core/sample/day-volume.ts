/**
 * The built-in sample day (preview mode, sample workbook): chats arriving per 10-minute slot (144 slots) on a
 * Tmall shop's Double-11 day — the midnight rush, a calm night, a morning peak, lunch and dinner
 * dips and an evening peak (the Double-11 plan-table article's day, docs/reference/sources.md). Deterministic, so tests can rely on it.
 */
import { formatClock } from "../clock";

/** Average chats per 10-minute slot in each hour 00–23. */
const HOURLY_CHATS_PER_SLOT: readonly number[] = [
  260, 210, 120, 60, 35, 30, 35, 60, 120, 200, 230, 215, 170, 160, 185, 195, 190, 175, 150, 165, 205, 240, 265, 250,
];

/** Chats per 10-minute slot for 144 slots (00:00–23:50); smooth between hour averages. */
export function sampleDayVolume(): number[] {
  const out: number[] = [];
  for (let slot = 0; slot < 144; slot++) {
    const hour = Math.floor(slot / 6);
    const here = HOURLY_CHATS_PER_SLOT[hour] ?? 0;
    const next = HOURLY_CHATS_PER_SLOT[(hour + 1) % 24] ?? here;
    const t = (slot % 6) / 6;
    out.push(Math.round(here + (next - here) * t));
  }
  return out;
}

/** "00:00" … "23:50" for slot 0 … 143 of `slotMinutes` length. */
export function slotLabel(slot: number, slotMinutes = 10): string {
  return formatClock(slot * slotMinutes);
}
