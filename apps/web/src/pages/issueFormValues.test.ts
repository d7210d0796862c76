import { describe, expect, it } from 'vitest';
import { type IssueFormValues, issueResolver, toIssueInput } from './issueFormValues';

const values: IssueFormValues = {
  documentNumber: '44/KH-UBND',
  issuedOn: '2027-01-15',
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Phó Chủ tịch',
  signingCapacity: 'KT.',
  recipients: ' Như trên;\n\nLưu: VT, NC. \n',
  subPlanDueOn: '',
  focalUnitId: '',
};

const validate = (v: IssueFormValues) => issueResolver(v, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('issue form values', () => {
  it('turns lines into recipients and an empty deadline into null', () => {
    expect(toIssueInput(values)).toMatchObject({ recipients: ['Như trên;', 'Lưu: VT, NC.'], subPlanDueOn: null, focalUnitId: null });
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
