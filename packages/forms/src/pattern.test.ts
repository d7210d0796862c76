import { expect, it } from 'vitest';
import type { FormDefinition } from './definition';
import { formDefinitionSchema } from './formDefinition';
import { valuesSchemaFor } from './values';

const codeForm = (regex: string) =>
  ({
    schemaVersion: 1,
    fields: [{ kind: 'shortText', key: 'code', label: 'Mã', maxLength: 1_000, pattern: { regex, message: 'Sai mẫu' } }],
  }) as FormDefinition;

it('a catastrophic pattern checks a long hostile value in linear time', () => {
  // JavaScript's own engine takes exponential time here: 2^40 steps for this value, hours.
  const schema = valuesSchemaFor(codeForm('^(a+)+$'), { unitIds: [] });
  const started = performance.now();
  const result = schema.safeParse({ code: `${'a'.repeat(900)}!` });
  expect(performance.now() - started).toBeLessThan(1_000);
  expect(result.error?.issues.map((i) => i.message)).toEqual(['Sai mẫu']);
  expect(schema.parse({ code: 'aaaa' })).toEqual({ code: 'aaaa' });
});

it('patterns keep their meaning: Vietnamese letters, classes, anywhere in the text unless anchored', () => {
  const phone = valuesSchemaFor(codeForm('^0\\d{9}$'), { unitIds: [] });
  expect(phone.safeParse({ code: '0912345678' }).success).toBe(true);
  expect(phone.safeParse({ code: '912345678' }).success).toBe(false);
  const name = valuesSchemaFor(codeForm('Đ[ạa]i'), { unitIds: [] });
  expect(name.safeParse({ code: 'Tổ Đại biểu' }).success).toBe(true);
});

it('refuses at save what needs backtracking, and over-long patterns', () => {
  const problems = (regex: string) =>
    formDefinitionSchema.safeParse(codeForm(regex)).error?.issues.map((i) => i.message);
  expect(problems('(a)\\1')?.[0]).toMatch(/^Biểu thức kiểm tra \(regex\) không hợp lệ/);
  expect(problems('a(?=b)')?.[0]).toMatch(/^Biểu thức kiểm tra \(regex\) không hợp lệ/);
  expect(problems('a'.repeat(501))).toEqual(['Biểu thức kiểm tra (regex) quá dài (tối đa 500 ký tự)']);
  expect(problems('^(a+)+$')).toBeUndefined();
});
