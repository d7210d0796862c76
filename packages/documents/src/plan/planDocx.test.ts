import { describe, expect, it } from 'vitest';
import { renderDocx } from '../renderDocx';
import { docxParts, paragraphTexts, paragraphXml } from '../testing/docxXml';
import { konTumPlan } from '../testing/seedPlans';
import { planDocument } from './planDocument';

const twipsToMm = (twips: number) => (twips / 1440) * 25.4;
const attr = (xml: string, element: string, name: string) =>
  Number(new RegExp(`<${element}\\b[^>]*\\bw:${name}="(\\d+)"`).exec(xml)?.[1]);

describe('a plan as a Decree 30/2020 .docx (Kon Tum 2024)', async () => {
  const parts = docxParts(await renderDocx(planDocument(konTumPlan)));
  const body = parts['word/document.xml']!;
  const texts = paragraphTexts(body);

  it('is A4 portrait with margins inside the decree’s ranges', () => {
    expect(twipsToMm(attr(body, 'w:pgSz', 'w'))).toBeCloseTo(210, 0);
    expect(twipsToMm(attr(body, 'w:pgSz', 'h'))).toBeCloseTo(297, 0);
    const margin = (side: string) => twipsToMm(attr(body, 'w:pgMar', side));
    expect(margin('top')).toBeGreaterThanOrEqual(19.9);
    expect(margin('top')).toBeLessThanOrEqual(25);
    expect(margin('bottom')).toBeGreaterThanOrEqual(19.9);
    expect(margin('bottom')).toBeLessThanOrEqual(25);
    expect(margin('left')).toBeGreaterThanOrEqual(29.9);
    expect(margin('left')).toBeLessThanOrEqual(35);
    expect(margin('right')).toBeGreaterThanOrEqual(14.9);
    expect(margin('right')).toBeLessThanOrEqual(20);
  });

  it('sets every run in Times New Roman', () => {
    const fonts = [...body.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(20);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
    expect(parts['word/styles.xml']).toContain('w:ascii="Times New Roman"');
  });

  it('opens with the two-column borderless header: issuing body and Số left, Quốc hiệu, Tiêu ngữ and date right', () => {
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body)![0];
    expect(header.match(/<w:gridCol /g)).toHaveLength(2);
    const borders = [...header.matchAll(/<w:(?:tbl|tc)Borders>([\s\S]*?)<\/w:(?:tbl|tc)Borders>/g)].map((m) => m[1]!);
    expect(borders.length).toBeGreaterThan(0);
    for (const set of borders)
      expect(new Set([...set.matchAll(/w:val="(\w+)"/g)].map((m) => m[1]))).toEqual(new Set(['none']));
    const [left, right] = [...header.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphTexts(m[0]).join('|'));
    expect(left).toBe('ỦY BAN NHÂN DÂN TỈNH KON TUM|');
    expect(right).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc');
    expect(paragraphXml(body, 'ỦY BAN NHÂN DÂN TỈNH KON TUM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(paragraphXml(body, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>/);
    const motto = paragraphXml(body, 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toMatch(/<w:b\/>/);
    expect(motto).toMatch(/<w:u w:val="single"\/>/);
    expect(motto).toContain('<w:sz w:val="28"/>');
    // The short rule under the issuing body: a bordered, indented empty paragraph.
    expect(header).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it('numbers the plan "Số: 05/KH-UBND" and dates it in italics with leading zeros', () => {
    expect(texts).toContain('Số: 05/KH-UBND');
    expect(paragraphXml(body, 'Số: 05/KH-UBND')).toContain('<w:sz w:val="26"/>');
    const date = paragraphXml(body, 'Kon Tum, ngày 09 tháng 01 năm 2024');
    expect(date).toMatch(/<w:i\/>/);
    expect(date).toContain('<w:jc w:val="center"/>');
  });

  it('titles it KẾ HOẠCH and the trích yếu, bold and centred', () => {
    for (const text of ['KẾ HOẠCH', konTumPlan.title]) {
      const xml = paragraphXml(body, text);
      expect(xml).toMatch(/<w:b\/>/);
      expect(xml).toContain('<w:jc w:val="center"/>');
    }
  });

  it('sets the body in 14 pt, justified, with a first-line indent, sections I./II./III. in bold', () => {
    const preamble = texts.find((t) =>
      t.startsWith('Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ'),
    )!;
    expect(preamble).toContain('Quyết định số 324-QĐ/TU ngày 14/02/2022 của Ban Thường vụ Tỉnh ủy');
    expect(preamble).toMatch(/Ủy ban nhân dân tỉnh Kon Tum ban hành Kế hoạch .* cụ thể như sau:$/);
    const paragraph = paragraphXml(body, preamble);
    expect(paragraph).toContain('<w:jc w:val="both"/>');
    expect(paragraph).toMatch(/<w:ind w:firstLine="(\d+)"\/>/);
    const indentCm = (Number(/w:firstLine="(\d+)"/.exec(paragraph)![1]) / 1440) * 2.54;
    expect(indentCm).toBeGreaterThanOrEqual(1);
    expect(indentCm).toBeLessThanOrEqual(1.27);
    expect(paragraph).toContain('<w:sz w:val="28"/>');
    const sections = texts.filter((t) => /^[IVX]+\. /.test(t));
    expect(sections).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG, NHIỆM VỤ', 'III. TỔ CHỨC THỰC HIỆN']);
    for (const s of [...sections, '1. Mục đích', '2. Yêu cầu']) expect(paragraphXml(body, s)).toMatch(/<w:b\/>/);
    expect(
      paragraphXml(
        body,
        texts.find((t) => t.startsWith('1. Tổ chức quán triệt'))!,
      ),
    ).not.toMatch(/<w:b\/>/);
  });

  it('signs for the chairman: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Y Ngọc, in bold', () => {
    const at = texts.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(texts.slice(at, at + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(texts.indexOf('Y Ngọc')).toBeGreaterThan(at + 3);
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Y Ngọc'])
      expect(paragraphXml(body, line)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
  });

  it('lists Nơi nhận in bold italic 12 pt, then 11 pt lines ending ";" and the last "."', () => {
    const heading = paragraphXml(body, 'Nơi nhận:');
    expect(heading).toMatch(/<w:b\/>/);
    expect(heading).toMatch(/<w:i\/>/);
    expect(heading).toContain('<w:sz w:val="24"/>');
    const at = texts.indexOf('Nơi nhận:');
    expect(texts.slice(at + 1, at + 5)).toEqual([
      '- Bộ Nội vụ (b/c);',
      '- Thường trực Tỉnh ủy (b/c);',
      '- Các sở, ban, ngành, đơn vị thuộc tỉnh;',
      '- Lưu VT, KGVX.',
    ]);
    expect(paragraphXml(body, '- Bộ Nội vụ (b/c);')).toContain('<w:sz w:val="22"/>');
  });

  it('numbers pages from page 2, centred in the top margin', () => {
    expect(body).toMatch(/<w:titlePg\/>/);
    const headerOf = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"`).exec(body)![1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(parts['word/_rels/document.xml.rels']!)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(parts['word/_rels/document.xml.rels']!)![1];
      return parts[`word/${target}`]!;
    };
    const first = headerOf('first');
    const others = headerOf('default');
    expect(first).not.toMatch(/PAGE/);
    expect(others).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(others).toContain('<w:jc w:val="center"/>');
    expect(others).toContain('<w:sz w:val="28"/>');
  });
});
