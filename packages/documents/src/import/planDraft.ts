import type { ImportedPlan } from './importPlan';

/** The plan form's values (the default form: Căn cứ · I. · II. · III.) from an imported plan, for the officer to review. */
export interface ImportedPlanDraft {
  title: string;
  year: number | null;
  content: {
    directives: { number: string; date: string; issuer: string; title: string }[];
    purpose: string;
    tasks: string;
    organization: string;
  };
  /** Cited documents the form cannot take as they are (no date, issuer or subject): the officer completes them. */
  incompleteDirectives: ImportedPlan['references'];
}

const sectionText = (plan: ImportedPlan, heading: RegExp, index: number) =>
  (plan.sections.find((s) => heading.test(s.heading)) ?? plan.sections[index])?.text ?? '';

export function planDraftOf(plan: ImportedPlan): ImportedPlanDraft {
  const complete = plan.references.filter((r) => r.date && r.issuer && r.title);
  return {
    title: plan.title ?? '',
    year: plan.year,
    content: {
      directives: complete.map((r) => ({ number: r.number, date: r.date!, issuer: r.issuer!, title: r.title! })),
      purpose: sectionText(plan, /MỤC ĐÍCH|YÊU CẦU/u, 0),
      tasks: sectionText(plan, /NỘI DUNG|NHIỆM VỤ/u, 1),
      organization: sectionText(plan, /TỔ CHỨC THỰC HIỆN/u, 2),
    },
    incompleteDirectives: plan.references.filter((r) => !complete.includes(r)),
  };
}
