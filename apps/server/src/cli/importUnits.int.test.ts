import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, type Database, type Kysely } from '@cascade/db';
import { type PostgresServer, startPostgres } from '@cascade/test-support';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCommand } from '../testing/runCommand';

const officialList = fileURLToPath(new URL('../../../../../shared/data/vn-admin-units-2026.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cascade-import-'));
let postgres: PostgresServer;
let db: Kysely<Database>;
let env: Record<string, string>;

beforeAll(async () => {
  postgres = await startPostgres();
  env = { DATABASE_URL: postgres.url, INIT_CWD: dir };
  db = createDatabase({ url: postgres.url });
});
afterAll(async () => {
  await db?.destroy();
  await postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const importUnits = async (file: string, ...flags: string[]) => {
  const result = await runCommand('importUnitsCommand.ts', [file, '--json', ...flags], env);
  if (!result.stdout.startsWith('{')) throw new Error(`units:import printed no JSON: ${result.stderr}`);
  return { code: result.code, report: JSON.parse(result.stdout) as Record<string, unknown> & { seconds: number } };
};
const countByKind = async () =>
  Object.fromEntries(
    (
      await db
        .selectFrom('units')
        .select(['kind', ({ fn }) => fn.countAll<string>().as('n')])
        .where('effective_to', 'is', null)
        .groupBy('kind')
        .execute()
    ).map((r) => [r.kind, Number(r.n)]),
  );

it('imports the full official list into PostgreSQL: a dry run changes nothing, then 34 provinces and 3,321 communes, and a second import changes nothing', async () => {
  const dryRun = await importUnits(officialList, '--dry-run');
  expect(dryRun.code).toBe(0);
  expect(dryRun.report).toMatchObject({ added: { province: 34, commune: 3321 }, applied: false, errors: [] });
  expect(await countByKind()).toEqual({});

  const first = await importUnits(officialList);
  console.log(`units:import of the official list (34 / 3,321) into PostgreSQL: ${first.report.seconds.toFixed(2)} s`);
  expect(first.report).toMatchObject({
    added: { province: 34, commune: 3321 },
    renamed: {},
    moved: {},
    closed: {},
    unchanged: {},
    applied: true,
  });
  expect(await countByKind()).toEqual({ nation: 1, province: 34, commune: 3321 });
  const giaLai = await db.selectFrom('units').selectAll().where('code', '=', '52').executeTakeFirstOrThrow();
  expect(giaLai).toMatchObject({
    name: 'Tỉnh Gia Lai',
    kind: 'province',
    parent_id: 'vn',
    effective_from: '2025-07-01',
  });

  const second = await importUnits(officialList);
  console.log(`second import of the official list: ${second.report.seconds.toFixed(2)} s`);
  expect(second.report).toMatchObject({
    added: {},
    renamed: {},
    moved: {},
    closed: {},
    unchanged: { province: 34, commune: 3321 },
  });
  expect(await countByKind()).toEqual({ nation: 1, province: 34, commune: 3321 });
}, 300_000);

it('a CSV with broken rows is refused whole, naming each row by its line', async () => {
  writeFileSync(
    join(dir, 'broken.csv'),
    [
      'code,name,kind,parent code,effective from,abbreviation',
      '52-SNV,Sở Nội vụ,department,52,2025-07-01,SNV',
      '52-X,Phòng X,department,99,2025-07-01,PX',
      '52-SNV,Sở Nội vụ (lần hai),department,52,2025-07-01,SNV',
      '52-Y,,department,52,2025-07-01,PY',
      '52-A,Phòng A,department,52-B,2025-07-01,PA',
      '52-B,Phòng B,department,52-A,2025-07-01,PB',
    ].join('\n'),
  );
  const { code, report } = await importUnits('broken.csv');
  expect(code).toBe(1);
  expect(report.applied).toBe(false);
  expect(report.errors).toEqual([
    { line: 3, message: 'Không tìm thấy đơn vị cấp trên mã 99.' },
    { line: 4, message: 'Mã 52-SNV trùng với dòng 2.' },
    { line: 5, message: 'Thiếu tên đơn vị.' },
    { line: 6, message: 'Mã 52-A tạo thành vòng lặp cấp trên – cấp dưới.' },
    { line: 7, message: 'Mã 52-B tạo thành vòng lặp cấp trên – cấp dưới.' },
  ]);
  expect(await countByKind()).toEqual({ nation: 1, province: 34, commune: 3321 });
  const plain = await runCommand('importUnitsCommand.ts', ['broken.csv'], env);
  expect(plain.stdout).toContain('Dòng 3: Không tìm thấy đơn vị cấp trên mã 99.');
  expect(plain.stdout).toContain('không áp dụng thay đổi nào');
});

it('adds departments from an XLSX sheet, and a CSV with Vietnamese dates, under the imported provinces', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  sheet.addRow(['code', 'name', 'kind', 'parent code', 'effective from', 'abbreviation']);
  sheet.addRow(['52-SNV', 'Sở Nội vụ', 'department', '52', new Date('2025-07-01T00:00:00Z'), 'SNV']);
  sheet.addRow(['52-SKHCN', 'Sở Khoa học và Công nghệ', 'Sở', '52', '2025-07-01', 'SKHCN']);
  await workbook.xlsx.writeFile(join(dir, 'so.xlsx'));
  const xlsx = await importUnits('so.xlsx');
  expect(xlsx.report).toMatchObject({ added: { department: 2 }, applied: true, errors: [] });

  writeFileSync(
    join(dir, 'vptk.csv'),
    'code;name;kind;parent code;effective from;abbreviation\n23575-VPTK;"Văn phòng – Thống kê phường Pleiku";office;23575;01/07/2025;VP-TK\n',
  );
  const csv = await importUnits('vptk.csv');
  expect(csv.report).toMatchObject({ added: { office: 1 }, applied: true });
  const office = await db.selectFrom('units').selectAll().where('code', '=', '23575-VPTK').executeTakeFirstOrThrow();
  const ward = await db.selectFrom('units').selectAll().where('code', '=', '23575').executeTakeFirstOrThrow();
  expect([office.parent_id, office.effective_from, office.abbreviation]).toEqual([ward.id, '2025-07-01', 'VP-TK']);
  expect((await importUnits('so.xlsx')).report).toMatchObject({ added: {}, unchanged: { department: 2 } });
});
