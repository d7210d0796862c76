import type { findTemplate, Plan, Unit } from '@cascade/db';
import { emptyPlanContent, issuingBodyOf, type PlanContent } from '@cascade/domain';

/**
 * A sub-plan's first content: its "Căn cứ" cites what the parent cites and then the parent plan itself (number, date,
 * issuer, title), when the template's plan form has the usual table of cited documents (the default form has it).
 */
export function subPlanContentOf(
  parent: Plan,
  issuer: Unit | undefined,
  issuerParent: Unit | undefined,
  template: Awaited<ReturnType<typeof findTemplate>>,
): PlanContent {
  const form = template?.definition.planForm;
  const hasDirectives = !form || form.fields.some((f) => f.key === 'directives' && f.kind === 'table');
  if (!hasDirectives || !parent.issue || !issuer) return emptyPlanContent;
  const cited = Array.isArray(parent.content.directives) ? parent.content.directives : [];
  const parentRow = {
    number: parent.issue.documentNumber,
    date: parent.issue.issuedOn,
    issuer: issuingBodyOf(issuer, issuerParent ?? null).nameInText,
    title: parent.title,
  };
  return { directives: [...cited, parentRow] };
}
