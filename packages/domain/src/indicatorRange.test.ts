import { describe, expect, it } from 'vitest';
import { indicatorRangeText, indicatorValueError } from './indicatorRange';

describe('indicator ranges', () => {
  const rate = { label: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%' };
  const models = { label: 'Mô hình "Dân vận khéo"', unit: 'mô hình', required: true };

  it('a rate in per cent is 0–100 %', () => {
    expect(indicatorRangeText(rate)).toBe('từ 0 đến 100 %');
    expect(indicatorValueError(rate, 92.5)).toBeNull();
    expect(indicatorValueError(rate, 100)).toBeNull();
    expect(indicatorValueError(rate, 120)).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn phải từ 0 đến 100 %');
  });

  it('a count has no upper bound unless the template sets one', () => {
    expect(indicatorRangeText(models)).toBe('từ 0 mô hình trở lên');
    expect(indicatorValueError(models, 40)).toBeNull();
    expect(indicatorValueError({ ...models, max: 12.5 }, 13)).toBe('Mô hình "Dân vận khéo" phải từ 0 đến 12,5 mô hình');
  });

  it('a required indicator may not be left blank; an optional one may', () => {
    expect(indicatorValueError(models, null)).toBe('Nhập Mô hình "Dân vận khéo" (bắt buộc)');
    expect(indicatorValueError(rate, null)).toBeNull();
    expect(indicatorValueError(rate, -1)).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn phải từ 0 đến 100 %');
  });
});
