import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docxToPdf, pdfToPngs } from './libreOffice';
import { planDocument } from './plan/planDocument';
import { renderDocx } from './renderDocx';
import { konTumPlan } from './testing/seedPlans';
import { giaLaiMidYear } from './testing/seedReports';
import { reportDocument } from './report/reportDocument';
import { importPlanFile } from './import/readPlanFile';

// Set by scripts/cascade.mjs, which installs LibreOffice (libreoffice-writer-nogui) for the suite.
const soffice = process.env.CASCADE_SOFFICE ?? '/usr/bin/soffice';
const pdftoppm = process.env.CASCADE_PDFTOPPM ?? '/usr/bin/pdftoppm';
const artefacts = fileURLToPath(new URL('../test-results/', import.meta.url));

const pageCount = (pdf: string) => pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
const pageSizes = (pdf: string) =>
  [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('the plan’s .docx as LibreOffice lays it out', () => {
  it('prints on A4 pages, two for the Kon Tum plan, kept as PNG images', async () => {
    const docx = await renderDocx(planDocument(konTumPlan));
    const pdf = await docxToPdf(docx, soffice);
    const pngs = await pdfToPngs(pdf, pdftoppm);
    mkdirSync(artefacts, { recursive: true });
    writeFileSync(`${artefacts}kon-tum-plan.docx`, docx);
    writeFileSync(`${artefacts}kon-tum-plan.pdf`, pdf);
    pngs.forEach((png, i) => writeFileSync(`${artefacts}kon-tum-plan-page${i + 1}.png`, png));

    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect(pageCount(text)).toBe(2);
    expect(pngs).toHaveLength(2);
    // A4 in points: 595.3 × 841.9.
    for (const [width, height] of pageSizes(text)) {
      expect(width).toBeCloseTo(595.3, 0);
      expect(height).toBeCloseTo(841.9, 0);
    }
    for (const png of pngs) expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 180_000);

  it('lays out the consolidated report with its indicator table on A4', async () => {
    const docx = await renderDocx(reportDocument(giaLaiMidYear));
    const pdf = await docxToPdf(docx, soffice);
    const pngs = await pdfToPngs(pdf, pdftoppm);
    mkdirSync(artefacts, { recursive: true });
    writeFileSync(`${artefacts}gia-lai-mid-year-report.pdf`, pdf);
    pngs.forEach((png, i) => writeFileSync(`${artefacts}gia-lai-mid-year-report-page${i + 1}.png`, png));
    const text = pdf.toString('latin1');
    expect(pageCount(text)).toBeGreaterThanOrEqual(1);
    expect(pngs.length).toBe(pageCount(text));
    for (const [width, height] of pageSizes(text)) {
      expect(width).toBeCloseTo(595.3, 0);
      expect(height).toBeCloseTo(841.9, 0);
    }
  }, 180_000);

  it('imports a text-based PDF of a plan: the header, the sections, the tasks and the signing block', async () => {
    const pdf = await docxToPdf(await renderDocx(planDocument(konTumPlan)), soffice);
    const imported = await importPlanFile(pdf, 'pdf');
    expect(imported).toMatchObject({
      documentType: 'KH',
      documentNumber: '5/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
      place: 'Kon Tum',
      issuedOn: '2024-01-09',
      title: konTumPlan.title,
      signer: { capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Y Ngọc' },
    });
    expect(imported.sections.map((s) => s.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NỘI DUNG, NHIỆM VỤ',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(imported.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(imported.references.map((r) => r.number)).toEqual(['33/CT-TTg', '324-QĐ/TU']);
    expect(imported.reportRounds).toEqual([
      { period: 'month', dueOn: null, dayOfMonth: 15 },
      { period: 'year', dueOn: '2024-12-15' },
    ]);
  }, 180_000);
});
