// System packages the test suite needs: PostgreSQL (for the PostgreSQL variant) and Chromium (browser tests).
import { existsSync, readdirSync } from 'node:fs';
import { fail } from './fail.mjs';
import { runQuiet } from './run.mjs';

const isRoot = process.getuid?.() === 0;
let aptUpdated = false;

function aptInstall(packages, what) {
  if (!isRoot) fail(`${what} is missing: install it with "sudo apt-get install ${packages.join(' ')}" and run again.`);
  console.error(`[cascade] installing ${packages.join(' ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    runQuiet('apt-get', ['update', '-q'], { env, stdio: 'ignore' });
    aptUpdated = true;
  }
  const result = runQuiet('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { env });
  if (result.status !== 0)
    fail(`apt-get could not install ${packages.join(' ')}: ${(result.stderr || '').trim().split('\n').pop()}`);
}

export function findPostgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(`${root}/${v}/bin/initdb`))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? `${root}/${versions[0]}/bin` : undefined;
}

export function ensurePostgres() {
  if (!findPostgresBin()) aptInstall(['postgresql'], 'PostgreSQL');
  const bin = findPostgresBin();
  if (!bin) fail('PostgreSQL was installed but no initdb was found under /usr/lib/postgresql.');
  return bin;
}

export function ensureChromium() {
  const path = process.env.CASCADE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) aptInstall(['chromium', 'fonts-dejavu-core'], 'Chromium');
  if (!existsSync(path)) fail(`Chromium was installed but ${path} is missing.`);
  return path;
}

/** LibreOffice renders the generated .docx to PDF, and poppler's pdftoppm the PDF to PNG, for the documents' tests. */
export function ensureLibreOffice() {
  const soffice = process.env.CASCADE_SOFFICE ?? '/usr/bin/soffice';
  const pdftoppm = process.env.CASCADE_PDFTOPPM ?? '/usr/bin/pdftoppm';
  if (!existsSync(soffice) || !existsSync(pdftoppm))
    aptInstall(['libreoffice-writer-nogui', 'fonts-liberation2', 'poppler-utils'], 'LibreOffice');
  if (!existsSync(soffice)) fail(`LibreOffice was installed but ${soffice} is missing.`);
  if (!existsSync(pdftoppm)) fail(`poppler-utils was installed but ${pdftoppm} is missing.`);
  return { soffice, pdftoppm };
}
