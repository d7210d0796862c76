// npm run -s plan-docx -- <plan.json> <out.docx>: renders a plan in the importer's JSON shape as a Decree 30/2020 .docx.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkImportedPlan, importedPlanDocument } from '../import/importedPlanDocument';
import { renderDocx } from '../renderDocx';

const [input, output] = process.argv.slice(2);
try {
  if (!input || !output) throw new Error('Cách dùng: npm run -s plan-docx -- <kế hoạch.json> <tệp ra.docx>');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(input, 'utf8'));
  } catch {
    throw new Error(`"${input}" không phải là tệp JSON đọc được: hãy tạo nó bằng lệnh import-plan.`);
  }
  writeFileSync(output, await renderDocx(importedPlanDocument(checkImportedPlan(json))));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
