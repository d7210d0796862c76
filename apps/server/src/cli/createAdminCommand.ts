import { createInterface } from 'node:readline';
import { AdminSetupError, createAdministrator } from '@cascade/api';
import { readServerEnv } from '../env';
import { openDatabase } from './openDatabase';

const usage =
  'Cách dùng: npm run -s admin:create -- --username <tên đăng nhập> --unit <mã hoặc id đơn vị> [--name "Họ tên"]';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The password from a pipe (its first line), or typed at a prompt that does not echo it. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = prompt as unknown as { _writeToOutput(text: string): void };
  process.stdout.write('Mật khẩu (ít nhất 12 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến): ');
  muted._writeToOutput = () => undefined;
  const password = await new Promise<string>((resolve) => prompt.question('', resolve));
  prompt.close();
  process.stdout.write('\n');
  return password;
}

async function main(args: string[]): Promise<number> {
  const username = option(args, '--username');
  const unit = option(args, '--unit');
  if (!username || !unit) {
    console.error(usage);
    return 2;
  }
  const password = await readPassword();
  const db = await openDatabase(readServerEnv());
  try {
    const { created } = await createAdministrator(db, {
      username,
      unit,
      password,
      displayName: option(args, '--name'),
    });
    console.log(created ? `Đã tạo quản trị viên ${username}.` : `Tài khoản ${username} đã có: không thay đổi gì.`);
    return created ? 0 : 1;
  } catch (error) {
    if (!(error instanceof AdminSetupError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main(process.argv.slice(2));
