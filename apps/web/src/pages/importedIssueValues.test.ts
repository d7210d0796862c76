import { describe, expect, it } from 'vitest';
import { withImportedIssue } from './importedIssueValues';
import type { IssueFormValues } from './issueFormValues';

const blank: IssueFormValues = {
  documentNumber: '',
  issuedOn: '2026-12-01',
  signerName: '',
  signerTitle: '',
  signingCapacity: 'TM.',
  recipients: '',
  subPlanDueOn: '',
  focalUnitId: '',
  leadDays: '',
  targets: { skilledModels: '2', dialogues: '' },
};
const imported = {
  documentNumber: '44/KH-UBND',
  issuedOn: '2024-01-30',
  signingCapacity: 'KT.' as const,
  signerName: 'Y Ngọc',
  signerTitle: 'Phó Chủ tịch',
  recipients: ['Bộ Nội vụ (b/c)', 'Lưu VT, KGVX'],
  subPlanDueOn: '2024-02-29',
  focalUnit: 'Sở Nội vụ',
  targets: { skilledModels: 3, somethingElse: 5 },
  unmappedTargets: ['ít nhất 90% thủ tục được giải quyết đúng hạn'],
};

describe('the issue form filled from an imported plan', () => {
  it('takes the number, date, signer, Nơi nhận (one a line), deadline, the focal unit named exactly, the targets on the plan’s indicators', () => {
    expect(withImportedIssue(blank, imported, [{ id: 'gl-snv', name: 'Sở Nội vụ' }])).toEqual({
      ...blank,
      documentNumber: '44/KH-UBND',
      issuedOn: '2024-01-30',
      signingCapacity: 'KT.',
      signerName: 'Y Ngọc',
      signerTitle: 'Phó Chủ tịch',
      recipients: 'Bộ Nội vụ (b/c)\nLưu VT, KGVX',
      subPlanDueOn: '2024-02-29',
      focalUnitId: 'gl-snv',
      targets: { skilledModels: '3', dialogues: '' },
    });
  });

  it('leaves what the file does not say, and a focal unit it names loosely, as they were', () => {
    const filled = withImportedIssue(
      blank,
      { ...imported, documentNumber: null, issuedOn: null, focalUnit: 'Sở Nội vụ tỉnh' },
      [{ id: 'gl-snv', name: 'Sở Nội vụ' }],
    );
    expect([filled.documentNumber, filled.issuedOn, filled.focalUnitId]).toEqual(['', '2026-12-01', '']);
    expect(withImportedIssue(blank, null, [])).toBe(blank);
  });
});
