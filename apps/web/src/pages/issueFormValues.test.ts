import { describe, expect, it } from 'vitest';
import { type IssueFormValues, issueResolver, toIssueInput, toTargets } from './issueFormValues';

const values: IssueFormValues = {
  documentNumber: '44/KH-UBND',
  issuedOn: '2027-01-15',
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Phó Chủ tịch',
  signingCapacity: 'KT.',
  recipients: ' Như trên;\n\nLưu: VT, NC. \n',
  subPlanDueOn: '',
  focalUnitId: '',
  leadDays: '',
  targets: { skilledModels: '2' },
};

const validate = (v: IssueFormValues) => issueResolver(v, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('issue form values', () => {
  it('turns lines into recipients and an empty deadline into null', () => {
    expect(toIssueInput(values)).toMatchObject({
      recipients: ['Như trên;', 'Lưu: VT, NC.'],
      subPlanDueOn: null,
      focalUnitId: null,
    });
  });

  it('reads targets as typed, with a decimal comma, and refuses one that is not a number', async () => {
    expect(toTargets({ skilledModels: '3', petitionsResolvedRate: '92,5', dialogues: ' ' })).toEqual({
      skilledModels: 3,
      petitionsResolvedRate: 92.5,
      dialogues: null,
    });
    const result = await validate({ ...values, targets: { skilledModels: 'hai' } });
    expect(result.errors.targets?.skilledModels?.message).toBe('Chỉ tiêu phải là số không âm (ví dụ 2 hoặc 92,5)');
  });

  it('takes a sub-plan’s lead time in whole days, and explains one that is not', async () => {
    expect(toIssueInput({ ...values, leadDays: ' 3 ' })).toMatchObject({ leadDays: 3 });
    const result = await validate({ ...values, leadDays: '2,5' });
    expect(result.errors.leadDays?.message).toBe('Số ngày phải là số nguyên từ 0 đến 60');
  });

  it('accepts a well-formed issue', async () => {
    const result = await validate(values);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ documentNumber: '44/KH-UBND', subPlanDueOn: null });
  });

  it('explains a malformed số ký hiệu in Vietnamese', async () => {
    const result = await validate({ ...values, documentNumber: 'KH-44' });
    expect(result.errors.documentNumber?.message).toBe('Số, ký hiệu phải có dạng 44/KH-UBND');
  });

  it('reports a bad line of Nơi nhận under the one textarea', async () => {
    const result = await validate({ ...values, recipients: `Như trên;\n${'x'.repeat(301)}` });
    expect(result.errors.recipients?.message).toBe('Nơi nhận quá dài');
  });
});
