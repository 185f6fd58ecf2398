/**
 * The sample shop's Double-11 2026 calendar (two waves, as promotions run them now): a week of
 * training for the temporaries, pre-sale, the first wave on 31 October, pre-sale again, the main
 * day on 11 November, then after-sale. The forecast, headcount, hiring, roster, payout, QA and
 * training sheets of the sample plan all use these dates.
 */
import { toSerialDate } from "../serial-date";
import type { PeakCalendar } from "./calendar";

const d = (month: number, day: number) => toSerialDate(2026, month, day);

export const SAMPLE_CALENDAR: PeakCalendar = {
  stages: [
    { kind: "training", start: d(10, 12), end: d(10, 19) },
    { kind: "presale", start: d(10, 20), end: d(10, 30) },
    { kind: "event", start: d(10, 31), end: d(11, 1) },
    { kind: "presale", start: d(11, 2), end: d(11, 9) },
    { kind: "event", start: d(11, 10), end: d(11, 11) },
    { kind: "aftersale", start: d(11, 12), end: d(11, 22) },
  ],
  eventDays: [
    { date: d(10, 31), share: 0.7 },
    { date: d(11, 11), share: 1 },
  ],
};
