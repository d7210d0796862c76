import { expect, it } from 'vitest';
import { deviceLabel } from './deviceLabel';

it('names the browser and the system of a User-Agent in Vietnamese', () => {
  expect(
    deviceLabel(
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
    ),
  ).toBe('Chrome trên Windows');
  expect(
    deviceLabel(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Safari/604.1',
    ),
  ).toBe('Safari trên iOS');
  expect(deviceLabel('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
    'Firefox trên Linux',
  );
  expect(deviceLabel('node')).toBe('node');
  expect(deviceLabel('')).toBe('Không rõ thiết bị');
});
