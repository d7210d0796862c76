import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importedIssueOf } from './importedIssue';
import { importedTemplateOf } from './importedTemplate';
import { importPlanLines } from './importPlan';
import { markdownLines, textLines } from './sourceText';

const seed = (name: string) => readFileSync(new URL(`../../../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const indicators = [
  { key: 'skilledModels', label: 'Mô hình "Dân vận khéo"' },
  { key: 'dialogues', label: 'Số cuộc đối thoại với Nhân dân' },
];
// The seed's text starts at its title: the header as the signed copy carries it goes on top.
const header = [
  'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH GIA LAI                 Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 44/KH-UBND          Gia Lai, ngày 30 tháng 01 năm 2024',
  '',
];
const giaLai = importPlanLines([...header, ...textLines(seed('gia-lai-province-2024.txt'))], indicators);
const konTum = importPlanLines(markdownLines(seed('kon-tum-province-2024.md')), indicators);

describe('what a plan file gives the issue form', () => {
  it('Gia Lai: number, date, TM. signer, Nơi nhận, sub-plan deadline, focal unit, the target on its indicator', () => {
    expect(importedIssueOf(giaLai)).toEqual({
      documentNumber: '44/KH-UBND',
      issuedOn: '2024-01-30',
      signingCapacity: 'TM.',
      signerName: 'Trương Hải Long',
      signerTitle: 'Chủ tịch',
      recipients: giaLai.recipients,
      subPlanDueOn: giaLai.subPlanDueOn,
      focalUnit: 'Sở Nội vụ',
      targets: { skilledModels: 2 },
      unmappedTargets: [],
    });
    expect(giaLai.recipients.length).toBeGreaterThan(2);
  });

  it('a target that no indicator of the template measures is listed, not assigned', () => {
    const withoutIndicators = importPlanLines(textLines(seed('gia-lai-province-2024.txt')), []);
    const issue = importedIssueOf(withoutIndicators);
    expect(issue.targets).toEqual({});
    expect(issue.unmappedTargets).toEqual([withoutIndicators.targets[0]!.text]);
    expect(issue.unmappedTargets[0]).toMatch(/^ít nhất 02 mô hình/u);
  });

  it('Kon Tum: KT. signing for the Phó Chủ tịch', () => {
    expect(importedIssueOf(konTum)).toMatchObject({
      signingCapacity: 'KT.',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Y Ngọc',
    });
  });
});

describe('what a plan file gives a new template', () => {
  it('Gia Lai: the 6-month and annual rounds on their dates, the sub-plans’ days from the issue date', () => {
    const template = importedTemplateOf(giaLai);
    expect(template.rounds).toEqual([
      { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueMonthDay: '05-10' },
      { key: 'Y', label: 'Báo cáo năm', period: 'year', dueMonthDay: '10-30' },
    ]);
    // The seed sets no deadline for the sub-plans: none is made up.
    expect(template.subPlanDays).toBeNull();
  });

  it('the sub-plans’ deadline as days after the issue date', () => {
    const plan = importPlanLines([
      ...header,
      'KẾ HOẠCH',
      'Thử',
      '',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các Sở, ngành xây dựng kế hoạch thực hiện, hoàn thành trong tháng 02/2024.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Trương Hải Long',
    ]);
    expect([plan.issuedOn, plan.subPlanDueOn]).toEqual(['2024-01-30', '2024-02-29']);
    expect(importedTemplateOf(plan).subPlanDays).toBe(30);
  });

  it('Kon Tum: a monthly round on the 15th and an annual one on 15 December', () => {
    expect(importedTemplateOf(konTum).rounds).toEqual([
      { key: 'M', label: 'Báo cáo tháng', period: 'month', every: 'month', dueDay: 15 },
      { key: 'Y', label: 'Báo cáo năm', period: 'year', dueMonthDay: '12-15' },
    ]);
  });

  it('quarterly rounds due in March, June and September report on quarters 1 to 3', () => {
    const plan = importPlanLines(
      textLines(
        'KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH\nBáo cáo định kỳ 3 tháng, 6 tháng, 9 tháng (trước ngày 10 tháng 3,6,9/2026).',
      ),
    );
    expect(importedTemplateOf(plan).rounds.map((r) => [r.key, r.period, 'index' in r ? r.index : null])).toEqual(
      plan.reportRounds.map((r, i) =>
        r.period === 'quarter'
          ? [i === 0 ? 'Q' : `Q-${i + 1}`, 'quarter', i + 1]
          : [expect.any(String), r.period, null],
      ),
    );
  });
});
