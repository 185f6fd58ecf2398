/**
 * 绩效面谈准备表 — the coaching prep form: employee, KPI snapshot (from the agent's last period
 * when given), strengths / gaps / focus, meeting time and place, notification, the category's
 * talking points, and the preparation check-lists of the QA & coaching talk (docs/reference/sources.md) (manager and employee).
 */
import { kpiSnapshotLines } from "../../core/coaching/kpi-snapshot";
import type { CoachingFormOptions } from "../../core/coaching/forms";
import { format, type Locale } from "../../i18n/locale";
import { COACHING_STRINGS } from "../../i18n/coaching";
import { a1, type SheetSpec } from "../spec";
import { FORMATS, STYLES } from "../styles";
import { FormBuilder } from "./form-builder";
import { addQaEvidence, addTalkingPoints, categoryField, employeeValues, formIdentity, formTexts, initialCategory } from "./form-parts";

const KPI_FORMATS = { money: FORMATS.money, integer: "#,##0", percent: FORMATS.percent, decimal: FORMATS.decimal1 } as const;

export function buildCoachingPrep(options: CoachingFormOptions, locale: Locale): SheetSpec {
  const t = COACHING_STRINGS[locale];
  const p = t.prep;
  const c = t.common;
  const { id, name } = formIdentity("prep", options, locale);
  const form = new FormBuilder(id, name, formTexts(locale));
  const who = employeeValues(options, locale);
  const yesNo = { list: [c.yes, c.no] };

  form.title(p.title, p.subtitle);
  form.section(p.employeeSection);
  const fields = form.fields([
    [c.employee, "text", who.name],
    [c.role, "text", who.role],
    [c.team, "text", who.team],
    [c.period, "text", options.period ?? null],
    [c.category, categoryField(locale), initialCategory(options, locale)],
    [c.manager, "text"],
  ]);
  form.gap();

  form.section(p.kpiSection);
  const lines = kpiSnapshotLines(options.agent?.kpi ?? null);
  const first = form.grid(
    [
      { header: p.metric, span: 3, fixedStyle: { bold: true } },
      { header: p.value, span: 1, kind: "number" },
      { header: p.target, span: 1, kind: "number" },
      { header: p.comment, span: 3 },
    ],
    lines.length,
    lines.map((line) => [t.kpi[line.key]]),
  );
  const rowOf = new Map(lines.map((line, i) => [line.key, first + i]));
  lines.forEach((line, i) => {
    const r = first + i;
    const numFmt = KPI_FORMATS[line.format];
    if (line.ratio) {
      const n = a1(rowOf.get(line.ratio.numerator)!, 3);
      const d = a1(rowOf.get(line.ratio.denominator)!, 3);
      form.b.formula(r, 3, `IF(OR(${n}="",${d}="",${d}=0),"",${n}/${d})`, { ...STYLES.computed, locked: true, numFmt, hAlign: "right" });
    } else {
      form.b.set(r, 3, line.value, { numFmt, hAlign: "right" });
    }
    form.b.style({ top: r, left: 4, bottom: r, right: 4 }, { numFmt, hAlign: "right" });
  });
  form.gap();
  if (options.qa) {
    addQaEvidence(form, options.qa, locale);
    form.gap();
  }

  form.section(p.diagnosisSection);
  form.textBox(p.strengths, 3);
  form.textBox(p.gaps, 3);
  form.textBox(p.focus, 2);
  form.gap();

  form.section(p.meetingSection);
  form.fields([
    [p.meetingDate, "date"],
    [p.meetingTime, "time"],
    [p.place, "text"],
    [p.duration, "number"],
    [p.notified, yesNo],
    [p.notifiedOn, "date"],
  ]);
  form.gap();

  addTalkingPoints(form, fields[4]!, locale);
  form.gap();

  const checklist = (title: string, items: readonly string[]): void => {
    form.section(title);
    form.grid(
      [
        { header: "", span: 7 },
        { header: p.done, span: 1, kind: yesNo },
      ],
      items.length,
      items.map((item) => [item]),
    );
  };
  checklist(p.managerChecklist, p.managerItems);
  form.gap();
  checklist(p.employeeChecklist, p.employeeItems);
  return form.build(format(c.footer, { title: p.title }));
}
