/**
 * The QA template generator. Its samples: the pre-sale and the after-sale sets for the sample team,
 * the log filled with the sample month of reviews, the calibration sheet with the sample round and
 * the problem tracking opened on the sample month.
 */
import type { QaChannel } from "../../core/qa/catalogue";
import { validateCalendar, type PeakCalendar } from "../../core/peak/calendar";
import { qaError } from "../../core/qa/validate-catalogue";
import { qaLogForCalendar, qaReviewDays, SAMPLE_QA_PERIOD, sampleCalibration, sampleQaLog } from "../../core/sample/qa-reviews";
import type { Agent } from "../../core/team/types";
import type { Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { defineGenerator } from "../generator";
import { buildQaSheets, DEFAULT_QA_LOG_ROWS, MAX_QA_LOG_ROWS, type QaSheetsOptions } from "./build-qa-sheets";

const CHANNELS: readonly QaChannel[] = ["pre-sale", "after-sale"];

/** The sample inputs: both channels, filled with the sample month (comments in the locale). */
export function qaSampleInputs(locale: Locale): QaSheetsOptions[] {
  const reference = QA_STRINGS[locale].calibration.reference;
  return CHANNELS.map((channel: QaChannel) => ({
    channel,
    entries: sampleQaLog(channel, locale),
    calibration: { reference, scores: sampleCalibration(channel, reference) },
    period: SAMPLE_QA_PERIOD,
  }));
}

/**
 * The QA sheets of a peak plan: for each channel the team staffs, the log filled with sample
 * reviews of the team's agents on the calendar's event and after-sale days, the summary listing
 * those agents, a calibration round from that log, and problem tracking opened on the first
 * event day to the last after-sale day.
 *
 * @throws InputError for an invalid calendar or a team with no pre-sale or after-sale agent.
 */
export function qaOptionsForCalendar(calendar: PeakCalendar, team: readonly Agent[], locale: Locale): QaSheetsOptions[] {
  const reference = QA_STRINGS[locale].calibration.reference;
  validateCalendar(calendar);
  // A valid calendar has an event stage, so there is at least one review day.
  const days = qaReviewDays(calendar);
  const period = { first: days[0]!, last: days[days.length - 1]! };
  const options = CHANNELS.flatMap((channel): QaSheetsOptions[] => {
    const agents = team.filter((a) => a.skill === channel).map((a) => a.name);
    if (agents.length === 0) return [];
    const entries = qaLogForCalendar(channel, locale, calendar, team);
    // Room for as many reviews as the sample would have, at most the log's limit: a team of 600
    // would get 6 000 rows, and a user's plan keeps only the blank rows.
    const rows = Math.min(MAX_QA_LOG_ROWS, Math.max(DEFAULT_QA_LOG_ROWS, Math.ceil(entries.length / 100) * 100 + 100));
    return [{ channel, agents, entries, rows, calibration: { reference, scores: sampleCalibration(channel, reference, 6, entries) }, period }];
  });
  if (options.length === 0) throw qaError("noAgents");
  return options;
}

export const QA_GENERATOR = defineGenerator({
  id: "qa",
  title: { "en-US": "QA template", "zh-CN": "质检表" },
  ribbon: {
    command: "openQaPanel",
    controlId: "KefuKit.Qa",
    label: { "en-US": "QA", "zh-CN": "质检" },
    tooltip: {
      "en-US": "Create a QA scoring template with weighted criteria, red lines and a score summary.",
      "zh-CN": "生成质检评分表：加权评分项、红线项与得分汇总。",
    },
  },
  icon: "qa",
  sheetIdPrefix: "qa",
  sampleInputs: (locale) => qaSampleInputs(locale),
  build: (options: QaSheetsOptions, locale) => buildQaSheets(options, locale),
});
