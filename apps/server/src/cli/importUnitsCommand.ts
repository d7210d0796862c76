import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importUnits, UnitFileError, type UnitImportResult } from '@cascade/api';
import { unitKindLabels, type UnitKind } from '@cascade/domain';
import { readServerEnv } from '../env';
import { openDatabase } from './openDatabase';

const usage =
  'Cách dùng: npm run -s units:import -- <tệp .json|.csv|.xlsx> [--dry-run] [--json] [--effective-from YYYY-MM-DD]';

function describeCounts(counts: Partial<Record<UnitKind, number>>): string {
  const parts = Object.entries(counts).map(([kind, n]) => `${unitKindLabels[kind as UnitKind]} ${n}`);
  return parts.length ? parts.join(', ') : '0';
}

function report(result: UnitImportResult, seconds: number, asJson: boolean) {
  if (asJson) {
    console.log(JSON.stringify({ ...result.counts, applied: result.applied, errors: result.errors, seconds }, null, 2));
    return;
  }
  for (const error of result.errors) console.log(`Dòng ${error.line}: ${error.message}`);
  const c = result.counts;
  console.log(
    [
      `Thêm mới: ${describeCounts(c.added)}`,
      `Đổi tên/loại: ${describeCounts(c.renamed)}`,
      `Chuyển cấp trên: ${describeCounts(c.moved)}`,
      `Hoạt động lại: ${describeCounts(c.reopened)}`,
      `Thôi hoạt động: ${describeCounts(c.closed)}`,
      `Không đổi: ${describeCounts(c.unchanged)}`,
    ].join('\n'),
  );
  const outcome = result.errors.length
    ? `Có ${result.errors.length} dòng lỗi: không áp dụng thay đổi nào. Sửa các dòng trên rồi nhập lại.`
    : result.applied
      ? 'Đã áp dụng.'
      : 'Chạy thử (--dry-run): chưa thay đổi gì.';
  console.log(`${outcome}\nThời gian: ${seconds.toFixed(2)} giây`);
}

async function main(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const asJson = args.includes('--json');
  const dateAt = args.indexOf('--effective-from');
  const effectiveFrom = dateAt >= 0 ? args[dateAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (dateAt < 0 || i !== dateAt + 1));
  if (!file) {
    console.error(usage);
    return 2;
  }
  const env = readServerEnv();
  const path = resolve(env.invocationDir, file);
  const content = await readFile(path).catch(() => undefined);
  if (!content) {
    console.error(`Không mở được tệp ${path}.`);
    return 2;
  }
  const db = await openDatabase(env);
  try {
    const started = performance.now();
    const result = await importUnits(db, { fileName: path, content, dryRun, effectiveFrom });
    report(result, (performance.now() - started) / 1000, asJson);
    return result.errors.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UnitFileError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main(process.argv.slice(2));
