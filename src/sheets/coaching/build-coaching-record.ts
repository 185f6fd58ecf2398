/**
 * 绩效面谈记录表 — the coaching record: the employee's own summary first, then feedback as STAR
 * (what went well) and STAR-AR (what to improve), each letter explained on the form, the agreed
 * result, next-period goals, the category's talking points, follow-up and signatures.
 */
import type { CoachingFormOptions } from "../../core/coaching/forms";
import { format, type Locale } from "../../i18n/locale";
import { COACHING_STRINGS } from "../../i18n/coaching";
import type { SheetSpec } from "../spec";
import { COLORS } from "../styles";
import { FormBuilder } from "./form-builder";
import { situationLines } from "../../core/coaching/qa-evidence";
import { addQaEvidence, addSignatures, addTalkingPoints, categoryField, employeeValues, formIdentity, formTexts, initialCategory } from "./form-parts";

const LETTER_STYLE = { bold: true, fontSize: 14, hAlign: "center", fontColor: COLORS.title } as const;

export function buildCoachingRecord(options: CoachingFormOptions, locale: Locale): SheetSpec {
  const t = COACHING_STRINGS[locale];
  const r = t.record;
  const c = t.common;
  const { id, name } = formIdentity("record", options, locale);
  const form = new FormBuilder(id, name, formTexts(locale));
  const who = employeeValues(options, locale);

  form.title(r.title, r.subtitle);
  const fields = form.fields([
    [c.employee, "text", who.name],
    [c.role, "text", who.role],
    [c.period, "text", options.period ?? null],
    [c.category, categoryField(locale), initialCategory(options, locale)],
    [r.meetingDate, "date"],
    [c.manager, "text"],
  ]);
  form.gap();

  form.section(r.summarySection);
  form.textBox(r.summaryPrompt, 4);
  form.gap();

  if (options.qa) {
    addQaEvidence(form, options.qa, locale);
    form.gap();
  }
  // The improvement feedback's Situation opens with the QA log's example chats (editable).
  const situation = options.qa ? situationLines(options.qa, locale).join("\n") : null;
  const feedback = (title: string, letters: ReadonlyArray<readonly [string, string]>, prefill: ReadonlyArray<ReadonlyArray<string | null>> = []): void => {
    form.section(title);
    form.grid(
      [
        { header: r.letter, span: 1, fixedStyle: LETTER_STYLE },
        { header: r.meaning, span: 3, fixedStyle: { italic: true } },
        { header: r.whatHappened, span: 4 },
      ],
      letters.length,
      letters.map(([letter, meaning]) => [letter, meaning]),
      prefill,
    );
    form.gap();
  };
  feedback(r.starSection, r.star);
  feedback(r.starArSection, r.starAr, situation ? [[null, null, situation]] : []);

  form.section(r.resultSection);
  form.fields([
    [r.performanceResult, "text"],
    [r.consensus, { list: [c.yes, c.no] }],
  ]);
  form.textBox(r.agreedPoints, 2);
  form.gap();

  form.section(r.goalsSection);
  form.grid(
    [
      { header: r.goal, span: 3 },
      { header: r.metric, span: 2 },
      { header: r.target, span: 1 },
      { header: r.deadline, span: 2, kind: "date" },
    ],
    3,
  );
  form.gap();

  addTalkingPoints(form, fields[3]!, locale);
  form.gap();

  form.section(r.followUpSection);
  form.fields([
    [r.followUpDate, "date"],
    [r.followUpBy, "text"],
  ]);
  form.gap();
  addSignatures(form, locale, c.managerSignature);
  return form.build(format(c.footer, { title: r.title }));
}
