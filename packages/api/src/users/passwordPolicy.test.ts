import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordPolicy';

describe('the password policy', () => {
  it('accepts a long passphrase that is neither common nor the username', () => {
    expect(passwordProblem('Pleiku mùa xuân 2026', 'gl-pleiku.nguyenvana')).toBeNull();
    expect(passwordProblem('Taichinh-2026-moi', 'gl-stc.chuyenvien')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting letters with diacritics as one', () => {
    expect(passwordProblem('Ngắn-2026', 'a.b')).toBe(
      'Mật khẩu phải có ít nhất 12 ký tự: hãy dùng một cụm từ dễ nhớ, ví dụ ghép ba bốn từ.',
    );
    expect(passwordProblem('đđđđđđđđđđđ', 'a.b')).toMatch(/ít nhất 12 ký tự/);
  });

  it('refuses passwords from the common-passwords list, in any case and with digits or signs around them', () => {
    for (const password of ['qwertyuiop123', 'QWERTYUIOP123', 'passwordpassword', '!!Iloveyou1234', '123456789012'])
      expect(passwordProblem(password, 'a.b'), password).toBe(
        'Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán: hãy chọn mật khẩu khác.',
      );
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordProblem('GL.LanhDao-2026-moi', 'gl.lanhdao')).toBe(
      'Mật khẩu không được chứa tên đăng nhập: hãy chọn mật khẩu khác.',
    );
  });
});
