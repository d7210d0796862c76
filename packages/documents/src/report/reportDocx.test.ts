import { describe, expect, it } from 'vitest';
import { renderDocx } from '../renderDocx';
import { docxParts, paragraphTexts, paragraphXml } from '../testing/docxXml';
import { giaLaiMidYear } from '../testing/seedReports';
import { reportDocument } from './reportDocument';

const tableRows = (table: string) =>
  [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join(' ')),
  );

describe('a consolidated sơ kết report as a Decree 30/2020 .docx (Gia Lai 2024)', async () => {
  const body = docxParts(await renderDocx(reportDocument(giaLaiMidYear)))['word/document.xml']!;
  const texts = paragraphTexts(body);

  it('is a BÁO CÁO with its number left for the văn thư, dated the day it was sent', () => {
    expect(texts.filter((t) => /^Số: {4,}\/BC-UBND$/.test(t))).toHaveLength(1);
    expect(texts).toContain('Gia Lai, ngày 10 tháng 5 năm 2024');
    expect(paragraphXml(body, 'BÁO CÁO')).toMatch(/<w:b\/>/);
    expect(texts).toContain('Sơ kết 6 tháng thực hiện công tác dân vận chính quyền năm 2024');
    expect(texts).toContain(
      'Thực hiện Kế hoạch số 44/KH-UBND ngày 30/01/2024 của Ủy ban nhân dân tỉnh Gia Lai về Thực hiện công tác dân vận chính quyền năm 2024, Ủy ban nhân dân tỉnh Gia Lai báo cáo sơ kết 6 tháng như sau:',
    );
  });

  it('embeds the indicator table: subordinates × indicators, then the totals and the targets', () => {
    const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const consolidated = tables.find((t) => t.includes('Chưa báo cáo'))!;
    expect(tableRows(consolidated)).toEqual([
      ['Đơn vị', 'Mô hình "Dân vận khéo"', 'Số cuộc đối thoại với Nhân dân'],
      ['Phường Pleiku', '2', '4'],
      ['Sở Nội vụ', '1', '3'],
      ['Xã Biển Hồ', 'Chưa báo cáo', 'Chưa báo cáo'],
      ['Tổng hợp', '3', '7'],
      ['Chỉ tiêu giao', '2', '—'],
    ]);
    expect(consolidated).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(texts).toContain('Tổng hợp kết quả các chỉ tiêu của các đơn vị');
  });

  it('carries the review: results against targets, limitations, proposals, self-assessed score, commendations', () => {
    const at = texts.indexOf('II. ĐÁNH GIÁ SƠ KẾT');
    expect(at).toBeGreaterThan(texts.indexOf('I. KẾT QUẢ THỰC HIỆN'));
    expect(texts.slice(at + 1)).toEqual(
      expect.arrayContaining([
        '1. Kết quả so với chỉ tiêu',
        '4. Tự chấm điểm: 88 điểm',
        '5. Đề nghị khen thưởng',
        '- Phường Pleiku',
      ]),
    );
  });

  it('is signed TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH and sent to its Nơi nhận', () => {
    const at = texts.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(texts.slice(at, at + 2)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(texts).toContain('Trương Hải Long');
    expect(texts).toEqual(expect.arrayContaining(['- Bộ Nội vụ (báo cáo);', '- Lưu: VT, NC.']));
  });
});
