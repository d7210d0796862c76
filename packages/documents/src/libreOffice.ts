import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts a .docx to PDF with LibreOffice (`soffice --headless --convert-to pdf`). Each call has its own LibreOffice
 * profile, so conversions running side by side do not wait on each other's lock.
 */
export async function docxToPdf(docx: Uint8Array, soffice = 'soffice'): Promise<Buffer> {
  const format = 'pdf';
  const dir = await mkdtemp(join(tmpdir(), 'cascade-soffice-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    return await readFile(join(dir, `document.${format}`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Each page of a PDF as a PNG (poppler's pdftoppm), to look at what LibreOffice laid out. */
export async function pdfToPngs(pdf: Uint8Array, pdftoppm = 'pdftoppm', dpi = 60): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'cascade-pdftoppm-'));
  try {
    await writeFile(join(dir, 'document.pdf'), pdf);
    await run(pdftoppm, ['-png', '-r', String(dpi), join(dir, 'document.pdf'), join(dir, 'page')], { timeout: 60_000 });
    const pages = (await readdir(dir)).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort();
    return await Promise.all(pages.map((f) => readFile(join(dir, f))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
