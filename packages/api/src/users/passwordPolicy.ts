import { dictionary } from '@zxcvbn-ts/language-common';

const minPasswordLength = 12;

// zxcvbn-ts's list of the passwords most seen in leaked sets (about 49,000), compared without case.
const commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
const demoPasswords = new Set(['cascade2026']);

/** "Matkhau2026!" and "qwertyuiop123" are the listed word with digits or signs added: strip them before looking up. */
const withoutAffixes = (password: string) => password.replace(/^[\d\W_]+|[\d\W_]+$/g, '');

/** Why a password will not do, in Vietnamese and saying what to do; null when it will (NIST SP 800-63B: length and a blocklist, no composition rules). */
export function passwordProblem(password: string, username: string): string | null {
  if ([...password].length < minPasswordLength)
    return `Mật khẩu phải có ít nhất ${minPasswordLength} ký tự: hãy dùng một cụm từ dễ nhớ, ví dụ ghép ba bốn từ.`;
  if (password.length > 1_000) return 'Mật khẩu quá dài (tối đa 1.000 ký tự).';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name))
    return 'Mật khẩu không được chứa tên đăng nhập: hãy chọn mật khẩu khác.';
  const core = withoutAffixes(lower);
  if ([lower, core].some((p) => commonPasswords.has(p) || demoPasswords.has(p)))
    return 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán: hãy chọn mật khẩu khác.';
  return null;
}
