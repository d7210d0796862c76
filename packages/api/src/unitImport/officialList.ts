import type { UnitImportRow } from '@cascade/domain';
import { z } from 'zod';
import { UnitFileError } from './importError';

const ward = z.object({ Code: z.string(), FullName: z.string(), ProvinceCode: z.string().optional() });
const province = z.object({ Code: z.string(), FullName: z.string(), Wards: z.array(z.unknown()) });

/** Lines of each `"Code":` in the text: one per entry, in the order JSON.parse meets the entries. */
function codeLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of text.matchAll(/"Code"\s*:/g)) {
    for (let i = from; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    from = match.index;
    lines.push(line);
  }
  return lines;
}

/** The official list of administrative units (provinces with their wards and communes) as import rows. */
export function readOfficialList(text: string, effectiveFrom: string): UnitImportRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UnitFileError(`Tệp JSON không hợp lệ: ${(error as Error).message}`);
  }
  if (!Array.isArray(data))
    throw new UnitFileError(
      'Tệp JSON phải là danh sách tỉnh, mỗi tỉnh có Code, FullName và Wards (danh mục chính thức).',
    );
  const lines = codeLines(text);
  let entry = 0;
  const rows: UnitImportRow[] = [];
  const lineOf = () => lines[entry++] ?? 0;
  for (const item of data) {
    const line = lineOf();
    const parsed = province.safeParse(item);
    if (!parsed.success) {
      rows.push({ line, code: '', name: '', kind: 'province', parentCode: '', effectiveFrom });
      continue;
    }
    rows.push({
      line,
      code: parsed.data.Code,
      name: parsed.data.FullName,
      kind: 'province',
      parentCode: '',
      effectiveFrom,
    });
    for (const wardItem of parsed.data.Wards) {
      const wardLine = lineOf();
      const w = ward.safeParse(wardItem);
      rows.push({
        line: wardLine,
        code: w.success ? w.data.Code : '',
        name: w.success ? w.data.FullName : '',
        kind: 'commune',
        parentCode: parsed.data.Code,
        effectiveFrom,
      });
    }
  }
  return rows;
}
