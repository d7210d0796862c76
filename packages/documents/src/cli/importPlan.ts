// npm run -s import-plan -- <file.docx|.txt|.md>: prints the plan the file holds as JSON.
import { readFileSync } from 'node:fs';
import { importPlanFile, planFileKindOf } from '../import/readPlanFile';

const [file] = process.argv.slice(2);
try {
  if (!file) throw new Error('Cách dùng: npm run -s import-plan -- <tệp .docx, .pdf, .txt hoặc .md>');
  const kind = planFileKindOf(file);
  if (!kind) throw new Error(`Không đọc được "${file}": chỉ nhận tệp .docx, .pdf (có chữ), .txt hoặc .md.`);
  process.stdout.write(`${JSON.stringify(await importPlanFile(readFileSync(file), kind), null, 2)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
