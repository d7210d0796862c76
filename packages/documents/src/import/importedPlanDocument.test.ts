import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../renderDocx';
import { importPlanLines } from './importPlan';
import { checkImportedPlan, importedPlanDocument } from './importedPlanDocument';
import { importPlanFile } from './readPlanFile';
import { textLines } from './sourceText';

const tanViet = importPlanLines(
  textLines(readFileSync(new URL('../../../../../shared/seeds/tan-viet-commune-2024.txt', import.meta.url), 'utf8')),
);

describe('re-issuing an imported plan', () => {
  it('renders the importer’s JSON as a .docx that imports back to the same plan', async () => {
    const docx = await renderDocx(importedPlanDocument(checkImportedPlan(JSON.parse(JSON.stringify(tanViet)))));
    const again = await importPlanFile(docx, 'docx');
    expect(again).toMatchObject({
      documentType: 'KH',
      issuer: 'Ủy ban nhân dân xã Tân Việt',
      place: 'Tân Việt',
      title: tanViet.title,
      signer: tanViet.signer,
      recipients: tanViet.recipients,
      sections: tanViet.sections
        .map((s) => ({ number: s.number, heading: s.heading }))
        .map((s) => expect.objectContaining(s)),
    });
    expect(again.tasks.map((t) => t.number)).toEqual(tanViet.tasks.map((t) => t.number));
    expect(again.assignments.map((a) => a.unit)).toEqual(tanViet.assignments.map((a) => a.unit));
    expect(again.references.map((r) => r.number)).toEqual(tanViet.references.map((r) => r.number));
  });

  it('says what a plan.json lacks', () => {
    expect(() => checkImportedPlan({ title: 'Kế hoạch' })).toThrow(
      'Tệp kế hoạch JSON chưa đúng dạng của lệnh import-plan: "sections" phải là danh sách các mục I., II., III.; "recipients" (nơi nhận) phải là danh sách.',
    );
  });
});
