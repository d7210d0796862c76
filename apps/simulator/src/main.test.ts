import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleScenario } from './testing/exampleScenario';

const appDir = fileURLToPath(new URL('..', import.meta.url));

/** `npm run simulate` as pnpm runs it: from the app's folder, with INIT_CWD where the user typed the command. */
function runCli(args: string[], initCwd?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.INIT_CWD;
  if (initCwd) env.INIT_CWD = initCwd;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], { cwd: appDir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

function scenarioFile(change: (scenario: any) => void): { dir: string; name: string } {
  const scenario = exampleScenario();
  change(scenario);
  const dir = mkdtempSync(join(tmpdir(), 'cascade-simulator-'));
  writeFileSync(join(dir, 'scenario.json'), JSON.stringify(scenario));
  return { dir, name: 'scenario.json' };
}

describe('npm run simulate', () => {
  it.each([
    [
      'a round with period "week"',
      (s: any) => (s.plan.rounds[1].period = 'week'),
      'plan.rounds[1].period: expected one of',
    ],
    [
      'an unknown unit code in behaviour',
      (s: any) => (s.behaviour.C9 = { subPlan: null }),
      'behaviour.C9: no unit with code "C9" in the hierarchy',
    ],
  ])('rejects %s with one line on stderr, exit code 2 and nothing on stdout', async (_, change, message) => {
    const { dir, name } = scenarioFile(change);
    const { code, stdout, stderr } = await runCli([name], dir);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`invalid scenario: ${message}`)]);
  });

  it('names a scenario file it cannot read or parse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-simulator-'));
    writeFileSync(join(dir, 'broken.json'), '{ "year": 2024,');
    const missing = await runCli(['missing.json'], dir);
    expect(missing).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `invalid scenario: ${join(dir, 'missing.json')}: cannot read the file (ENOENT)\n`,
    });
    const broken = await runCli(['broken.json'], dir);
    expect(broken).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^invalid scenario: .*broken\.json: not valid JSON/),
    });
  });

  it('asks for exactly one scenario file', async () => {
    expect(await runCli([])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'usage: npm run simulate -- <scenario.json>\n',
    });
  });

  it('prints the year as one JSON document on stdout, progress on stderr', async () => {
    const { code, stdout, stderr } = await runCli(
      ['apps/simulator/scenarios/kinh-mon-2023.json'],
      join(appDir, '../..'),
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.rounds.map((r: { round: string; dueOn: string }) => `${r.round} ${r.dueOn}`)).toEqual([
      'H1 2023-05-05',
      'Y 2023-10-25',
    ]);
    expect(stderr).toContain('[simulate] 2023-02-10 KINH-MON issues its plan; sub-plans due 2023-03-10');
  });
});
