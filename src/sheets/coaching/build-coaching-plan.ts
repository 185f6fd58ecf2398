/**
 * 特别辅导计划表 — the special coaching plan: SMART goals (metric, baseline, target, deadline),
 * actions with resources, weekly check-ins with an on track / at risk / off track status, the
 * category's talking points, the outcome and signatures.
 */
import type { CoachingFormOptions } from "../../core/coaching/forms";
import { format, type Locale } from "../../i18n/locale";
import { COACHING_STRINGS } from "../../i18n/coaching";
import { formulaText, type SheetSpec } from "../spec";
import { COLORS } from "../styles";
import { FormBuilder } from "./form-builder";
import { addSignatures, addTalkingPoints, categoryField, employeeValues, formIdentity, formTexts, initialCategory } from "./form-parts";

export const CHECK_IN_WEEKS = 6;

export function buildCoachingPlan(options: CoachingFormOptions, locale: Locale): SheetSpec {
  const t = COACHING_STRINGS[locale];
  const p = t.plan;
  const c = t.common;
  const { id, name } = formIdentity("plan", options, locale);
  const form = new FormBuilder(id, name, formTexts(locale));
  const who = employeeValues(options, locale);

  form.title(p.title, p.subtitle);
  const fields = form.fields([
    [c.employee, "text", who.name],
    [c.role, "text", who.role],
    [c.category, categoryField(locale), initialCategory(options, locale)],
    [p.coach, "text"],
    [p.startDate, "date"],
    [p.endDate, "date"],
    [p.reason, "text"],
    [c.period, "text", options.period ?? null],
  ]);
  form.gap();

  form.section(p.smartSection);
  form.note(p.smartHelp);
  form.grid(
    [
      { header: p.goal, span: 3 },
      { header: p.metric, span: 1 },
      { header: p.baseline, span: 1 },
      { header: p.target, span: 1 },
      { header: p.deadline, span: 2, kind: "date" },
    ],
    3,
  );
  form.gap();

  form.section(p.actionsSection);
  form.grid(
    [
      { header: p.action, span: 3 },
      { header: p.resources, span: 2 },
      { header: p.owner, span: 1 },
      { header: p.due, span: 2, kind: "date" },
    ],
    4,
  );
  form.gap();

  form.section(p.checkInSection);
  const statuses = [p.statuses.onTrack, p.statuses.atRisk, p.statuses.offTrack];
  const firstWeek = form.grid(
    [
      { header: p.week, span: 1, fixedStyle: { hAlign: "center", bold: true } },
      { header: p.checkInDate, span: 1, kind: "date" },
      { header: p.progress, span: 3 },
      { header: p.status, span: 1, kind: { list: statuses } },
      { header: p.comment, span: 2 },
    ],
    CHECK_IN_WEEKS,
    Array.from({ length: CHECK_IN_WEEKS }, (_, i) => [format(p.weekLabel, { n: i + 1 })]),
  );
  const statusRange = { top: firstWeek, left: 5, bottom: firstWeek + CHECK_IN_WEEKS - 1, right: 5 };
  const colour = [
    [p.statuses.onTrack, COLORS.good, COLORS.goodText],
    [p.statuses.atRisk, COLORS.warn, COLORS.warnText],
    [p.statuses.offTrack, COLORS.bad, COLORS.badText],
  ] as const;
  for (const [status, fill, fontColor] of colour) {
    form.b.conditional({ range: statusRange, rule: { type: "cellIs", operator: "equal", formulas: [formulaText(status)] }, style: { fill, fontColor, bold: true } });
  }
  form.gap();

  addTalkingPoints(form, fields[2]!, locale);
  form.gap();

  form.section(p.outcomeSection);
  form.fields([
    [p.outcome, { list: [p.outcomes.achieved, p.outcomes.partly, p.outcomes.notAchieved] }],
    [p.decisionDate, "date"],
  ]);
  form.textBox(p.nextSteps, 2);
  form.gap();
  addSignatures(form, locale, p.coachSignature);
  return form.build(format(c.footer, { title: p.title }));
}
