import { describe, expect, it } from 'vitest';
import { defaultPlanForm } from './defaultPlanForm';
import { planDraftSchemaFor, planIssueSchema } from './planForm';

const issue = {
  documentNumber: '44/KH-UBND',
  issuedOn: '2024-01-31',
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Phó Chủ tịch',
  signingCapacity: 'KT.',
  recipients: ['Như trên'],
  subPlanDueOn: '2024-02-29',
};

describe('plan form', () => {
  it('accepts the Gia Lai 2024 plan as issued', () => {
    expect(planIssueSchema.parse(issue)).toEqual(issue);
  });

  it('rejects a malformed document number, date and capacity with Vietnamese messages', () => {
    const result = planIssueSchema.safeParse({
      ...issue,
      documentNumber: 'KH 44',
      issuedOn: '2024-02-30',
      signingCapacity: 'X',
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      'documentNumber: Số, ký hiệu phải có dạng 44/KH-UBND',
      'issuedOn: Ngày không hợp lệ',
      'signingCapacity: Thẩm quyền ký phải là TM., KT., Q., TL. hoặc TUQ.',
    ]);
  });

  it('refuses a sub-plan deadline before the plan is issued', () => {
    const result = planIssueSchema.safeParse({ ...issue, subPlanDueOn: '2024-01-30' });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'subPlanDueOn: Hạn ban hành kế hoạch của cấp dưới không được trước ngày ban hành',
    ]);
  });

  it('reads a draft as its title beside the plan form’s values, requiring every section and normalising to NFC', () => {
    const planDraftSchema = planDraftSchemaFor(defaultPlanForm);
    const decomposed = 'Kế hoạch'.normalize('NFD');
    const draft = planDraftSchema.parse({
      title: decomposed,
      directives: [],
      purpose: 'a',
      tasks: 'b',
      organization: 'c',
    });
    expect(draft).toEqual({
      title: 'Kế hoạch'.normalize('NFC'),
      content: { directives: [], purpose: 'a', tasks: 'b', organization: 'c' },
    });
    const issues = planDraftSchema.safeParse({
      title: ' ',
      directives: [],
      purpose: ' ',
      tasks: 'b',
      organization: 'c',
    }).error?.issues;
    expect(issues?.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'title: Tên kế hoạch không được để trống',
      'purpose: Mục đích, yêu cầu không được để trống',
    ]);
  });
});
