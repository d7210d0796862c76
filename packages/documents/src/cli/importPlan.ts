// npm run -s import-plan -- <file.docx|.pdf|.txt|.md> [--template <template.json>]: prints the plan the file holds as
// JSON, with the issue form's values and a new template's rounds. With a template (its definition, or the admin
// API's { definition }), the targets are put on its indicators; those none matches are listed on stderr too.
import { readFileSync } from 'node:fs';
import { importedIssueOf } from '../import/importedIssue';
import { importedTemplateOf } from '../import/importedTemplate';
import { importPlanFile, planFileKindOf } from '../import/readPlanFile';
import type { KnownIndicator } from '../import/targets';

const usage = 'Cách dùng: npm run -s import-plan -- <tệp .docx, .pdf, .txt hoặc .md> [--template <mẫu.json>]';

function indicatorsOf(templateFile: string): KnownIndicator[] {
  let json: { indicators?: unknown; definition?: { indicators?: unknown } };
  try {
    json = JSON.parse(readFileSync(templateFile, 'utf8')) as typeof json;
  } catch {
    throw new Error(`"${templateFile}" không phải là tệp JSON đọc được: hãy xuất mẫu kế hoạch ra JSON.`);
  }
  const indicators = json.indicators ?? json.definition?.indicators;
  const valid =
    Array.isArray(indicators) &&
    indicators.every(
      (i: unknown) =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as KnownIndicator).key === 'string' &&
        typeof (i as KnownIndicator).label === 'string',
    );
  if (!valid) throw new Error(`"${templateFile}" không có danh sách chỉ tiêu (indicators: [{ key, label }]).`);
  return (indicators as KnownIndicator[]).map(({ key, label }) => ({ key, label }));
}

try {
  const args = process.argv.slice(2);
  const templateAt = args.indexOf('--template');
  const templateFile = templateAt >= 0 ? args[templateAt + 1] : undefined;
  if (templateAt >= 0 && !templateFile) throw new Error(usage);
  const file = args.find((arg, i) => !arg.startsWith('--') && (templateAt < 0 || i !== templateAt + 1));
  if (!file) throw new Error(usage);
  const kind = planFileKindOf(file);
  if (!kind) throw new Error(`Không đọc được "${file}": chỉ nhận tệp .docx, .pdf (có chữ), .txt hoặc .md.`);
  const indicators = templateFile ? indicatorsOf(templateFile) : [];
  const plan = await importPlanFile(readFileSync(file), kind, indicators);
  const issue = importedIssueOf(plan);
  process.stdout.write(`${JSON.stringify({ ...plan, issue, template: importedTemplateOf(plan) }, null, 2)}\n`);
  if (templateFile && issue.unmappedTargets.length > 0)
    process.stderr.write(
      `Chỉ tiêu không khớp chỉ số nào của mẫu (không gán, hãy gán tay):\n${issue.unmappedTargets.map((t) => `- ${t}`).join('\n')}\n`,
    );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
