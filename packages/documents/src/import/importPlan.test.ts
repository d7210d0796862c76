import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../plan/planDocument';
import { renderDocx } from '../renderDocx';
import { konTumPlan } from '../testing/seedPlans';
import {
  addPageFurniture,
  hardWrap,
  withBrokenMarks,
  withFootnotesAtPageFoot,
  withLookalikes,
  withSplitWords,
} from './corruptions';
import { importPlanLines } from './importPlan';
import { importPlanFile } from './readPlanFile';
import { markdownLines, textLines } from './sourceText';

const seed = (name: string) => readFileSync(new URL(`../../../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const indicators = [{ key: 'skilledModels', label: 'Mô hình "Dân vận khéo"' }];
const giaLaiText = seed('gia-lai-province-2024.txt');
const giaLai = importPlanLines(textLines(giaLaiText), indicators);
const konTumMd = seed('kon-tum-province-2024.md');
const konTum = importPlanLines(markdownLines(konTumMd), indicators);
const tanViet = importPlanLines(textLines(seed('tan-viet-commune-2024.txt')), indicators);

describe('importing the seed plans', () => {
  it('reads Gia Lai 2024: type, title, year, sections, tasks, assignments, focal unit, rounds, target, signer', () => {
    expect(giaLai).toMatchObject({
      documentType: 'KH',
      title: 'Thực hiện công tác dân vận chính quyền năm 2024',
      year: 2024,
      // The seed has no header: the issuer, number and date are not guessed.
      issuer: null,
      documentNumber: null,
      issuedOn: null,
      focalUnit: 'Sở Nội vụ',
      subPlanDueOn: null,
      reportRounds: [
        { period: 'half', dueOn: '2024-05-10' },
        { period: 'year', dueOn: '2024-10-30' },
      ],
      targets: [{ text: 'ít nhất 02 mô hình “Dân vận khéo” hoạt động hiệu quả', indicator: 'skilledModels', min: 2 }],
      signer: { capacity: ['TM. ỦY BAN NHÂN DÂN'], position: 'CHỦ TỊCH', name: 'Trương Hải Long' },
    });
    expect(giaLai.sections.map((s) => `${s.number}. ${s.heading}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(giaLai.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(giaLai.tasks[0]!.text).toMatch(/^Người đứng đầu cơ quan hành chính nhà nước và chính quyền các cấp nêu cao/);
    expect(giaLai.assignments.map((a) => a.unit)).toEqual([
      'Sở Nội vụ',
      'Sở Thông tin và Truyền thông, Báo Gia Lai, Đài Phát thanh - Truyền hình Gia Lai',
      'Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố',
    ]);
    expect(giaLai.assignments[0]!.text).toMatch(/^Thường xuyên theo dõi, đôn đốc/);
    expect(giaLai.recipients[0]).toBe('Bộ Nội vụ (báo cáo)');
    expect(giaLai.recipients).toContain('Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội biên phòng tỉnh');
    expect(giaLai.recipients.at(-1)).toBe('Lưu: VT, NC');
  });

  it('finds every document Gia Lai cites, with its number, date, type and issuer, footnotes included', () => {
    expect(giaLai.references.map((r) => r.number)).toEqual([
      '03-CTr/BDVTU-BCSĐ',
      '44-KH/BCSĐ-BDVTU',
      '11-NQ/TU',
      '313/NQ-HĐND',
      '762/QĐ-UBND',
      '602/QĐ-UBND',
      '3638/KH-UBND',
      '217-QĐ/TW',
      '218-QĐ/TW',
      '553-QĐ/TU',
      '01-KL/TW',
      '05-CT/TW',
    ]);
    expect(giaLai.references[0]).toEqual({
      type: 'Chương trình phối hợp',
      number: '03-CTr/BDVTU-BCSĐ',
      date: '2022-01-24',
      issuer: 'Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân tỉnh',
      title: 'công tác dân vận chính quyền giai đoạn 2022 - 2026',
    });
    // "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12 tháng 12 năm 2013 của Bộ Chính trị": one date for both.
    expect(giaLai.references.find((r) => r.number === '217-QĐ/TW')).toMatchObject({
      date: '2013-12-12',
      issuer: 'Bộ Chính trị',
    });
  });

  it('takes the footnotes out of the body, and their markers with them', () => {
    expect(giaLai.footnotes.map((f) => f.ref)).toEqual(['1', '2']);
    expect(giaLai.footnotes[0]!.text).toBe(
      'Quyết định số 553-QĐ/TU ngày 14/3/2017 của Ban Thường vụ Tỉnh ủy về quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với nhân dân trên địa bàn tỉnh.',
    );
    const task7 = giaLai.tasks.find((t) => t.number === '7')!.text;
    expect(task7).toContain('phong cách Hồ Chí Minh. Tập trung');
    expect(giaLai.tasks.find((t) => t.number === '8')!.text).not.toContain('Quyết định số 553-QĐ/TU');
  });

  it('reads Kon Tum 2024 (Markdown): KT. signing block, monthly and annual rounds, focal unit from "gửi về"', () => {
    expect(konTum).toMatchObject({
      title:
        'Tăng cường công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trên địa bàn tỉnh Kon Tum năm 2024',
      year: 2024,
      focalUnit: 'Sở Nội vụ',
      reportRounds: [
        { period: 'month', dueOn: null, dayOfMonth: 15 },
        { period: 'year', dueOn: '2024-12-15' },
      ],
      signer: { capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Y Ngọc' },
    });
    expect(konTum.references[0]).toEqual({
      type: 'Chỉ thị',
      number: '33/CT-TTg',
      date: '2021-11-26',
      issuer: 'Thủ tướng Chính phủ',
      title:
        'tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới',
    });
    expect(konTum.tasks).toHaveLength(7);
    // Item 4 runs over a page break: its two halves are one task.
    expect(konTum.tasks[3]!.text).toContain('phát động phong trào thi đua đẩy mạnh công tác cải cách hành chính');
    expect(konTum.assignments.map((a) => a.unit)).toEqual([
      'Các Sở, ban ngành, đơn vị thuộc tỉnh và Ủy ban nhân dân các huyện, thành phố',
      'Ủy ban nhân dân các huyện, thành phố',
      'Sở Tài chính',
      'Sở Tài nguyên và Môi trường',
      'Sở Nội vụ',
    ]);
    expect(konTum.footnotes.map((f) => f.ref)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('reads Tân Việt 2024: the header’s issuer and place, a number and date left blank, the commune’s officers', () => {
    expect(tanViet).toMatchObject({
      issuer: 'Ủy ban nhân dân xã Tân Việt',
      place: 'Tân Việt',
      documentNumber: null,
      issuedOn: null,
      year: 2024,
      title: 'Triển khai thực hiện công tác dân vận chính quyền năm 2024',
      signer: { capacity: [], position: 'CHỦ TỊCH', name: 'Vũ Xuân Hào' },
      recipients: ['UBND huyện', 'Khối dân vận huyện uỷ', 'Đảng uỷ, UBND xã', 'Lưu VP'],
    });
    expect(tanViet.references.find((r) => r.number === '35/KH-UBND')).toEqual({
      type: 'Kế hoạch',
      number: '35/KH-UBND',
      date: '2023-03-09',
      issuer: 'UBND huyện Thanh Hà',
      title: 'triển khai thực hiện công tác dân vận chính quyền năm 2023 trên địa bàn huyện',
    });
    expect(tanViet.assignments.map((a) => a.unit)).toEqual([
      'Công chức Văn phòng – thống kê xã',
      'Công chức Văn hoá – Xã hội xã',
      'Công chức Tư pháp – Hộ tịch',
      'Công chức Tài chính – Kế toán',
    ]);
  });
});

describe('importing dirty extractions of the seeds gives what the clean text gives', () => {
  it('copes with hard line breaks mid-sentence (Kon Tum rewrapped at 72 characters, no markup)', () => {
    const wrapped = importPlanLines(hardWrap(markdownLines(konTumMd)), indicators);
    // A line that happens to end a sentence may start a new paragraph: the words and their order are what count.
    const flat = (tasks: { number: string; text: string }[]) =>
      tasks.map((t) => ({ ...t, text: t.text.replace(/\n/g, ' ') }));
    expect(flat(wrapped.tasks)).toEqual(flat(konTum.tasks));
    expect(wrapped.references).toEqual(konTum.references);
    expect(wrapped.reportRounds).toEqual(konTum.reportRounds);
    expect(wrapped.signer).toEqual(konTum.signer);
  });

  it('takes footnotes out from among the body (at each page’s foot, as a PDF gives them): the notes are whole, the body reads on', () => {
    const dirty = withFootnotesAtPageFoot(konTumMd);
    // The fixture is what it claims: notes between body lines, and markers glued to their words.
    const noteAt = dirty.findIndex((line) => line.startsWith('1 Kết luận số 43-KL/TW'));
    expect(noteAt).toBeGreaterThan(0);
    expect(dirty.slice(noteAt + 1).some((line) => line.includes('ĐẨY MẠNH') || /^\p{Ll}/u.test(line))).toBe(true);
    expect(dirty.join('\n')).toContain('Chính phủ1;');
    expect(dirty.join('\n')).toContain('217-QĐ/TW5');

    const read = importPlanLines(dirty, indicators);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    expect(read.footnotes.map((f) => ({ ref: f.ref, text: flat(f.text) }))).toEqual(
      konTum.footnotes.map((f) => ({ ref: f.ref, text: flat(f.text) })),
    );
    expect(read.sections.map((s) => ({ ...s, text: flat(s.text) }))).toEqual(
      konTum.sections.map((s) => ({ ...s, text: flat(s.text) })),
    );
    expect(read.tasks.map((t) => ({ ...t, text: flat(t.text) }))).toEqual(
      konTum.tasks.map((t) => ({ ...t, text: flat(t.text) })),
    );
    expect(read.references).toEqual(konTum.references);
    expect(read.reportRounds).toEqual(konTum.reportRounds);
    for (const note of konTum.footnotes)
      expect(flat(read.sections.map((s) => s.text).join(' '))).not.toContain(flat(note.text));
  });

  it('drops page numbers and running headers', () => {
    expect(importPlanLines(addPageFurniture(textLines(giaLaiText)), indicators)).toEqual(giaLai);
  });

  it('maps letters from other scripts back (a broken font map)', () => {
    const dirty = withLookalikes(giaLaiText);
    expect(dirty).not.toBe(giaLaiText);
    expect(importPlanLines(textLines(dirty), indicators)).toEqual(giaLai);
  });

  it('repairs decomposed, misplaced and detached combining marks (NFC alone is not enough)', () => {
    const dirty = withBrokenMarks(giaLaiText);
    expect(dirty.normalize('NFC')).not.toBe(giaLaiText.normalize('NFC'));
    expect(importPlanLines(textLines(dirty), indicators)).toEqual(giaLai);
  });

  it('rejoins words a PDF split with spaces', () => {
    const dirty = withSplitWords(giaLaiText);
    expect(dirty).toContain('K Ế  H O Ạ C H');
    expect(importPlanLines(textLines(dirty), indicators)).toEqual(giaLai);
  });
});

describe('importing a .docx', () => {
  it('reads back a plan Cascade rendered: header, number, date, signer, sections and references', async () => {
    const docx = await renderDocx(planDocument(konTumPlan));
    const imported = await importPlanFile(docx, 'docx');
    expect(imported).toMatchObject({
      documentType: 'KH',
      documentNumber: '5/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
      place: 'Kon Tum',
      issuedOn: '2024-01-09',
      year: 2024,
      title: konTumPlan.title,
      signer: { capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Y Ngọc' },
      recipients: [
        'Bộ Nội vụ (b/c)',
        'Thường trực Tỉnh ủy (b/c)',
        'Các sở, ban, ngành, đơn vị thuộc tỉnh',
        'Lưu VT, KGVX',
      ],
    });
    expect(imported.sections.map((s) => s.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NỘI DUNG, NHIỆM VỤ',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(imported.tasks).toHaveLength(7);
    expect(imported.references.map((r) => r.number)).toEqual(['33/CT-TTg', '324-QĐ/TU']);
  });

  it('refuses a file that is not a .docx with a message saying what to do', async () => {
    await expect(importPlanFile(new TextEncoder().encode('not a zip'), 'docx')).rejects.toThrow(
      'Tệp không phải là tệp Word (.docx) hợp lệ: hãy lưu lại tệp dưới dạng .docx rồi tải lên.',
    );
  });
});
