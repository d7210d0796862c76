import { RE2JS } from 're2js';

/**
 * A form field's pattern, written by an administrator or a leader, runs on every submission: it runs in RE2's
 * linear-time engine, so no pattern (such as `^(a+)+$`) can make one check take exponential time (ReDoS).
 * Back-references and look-arounds, which need backtracking, are refused when the form is saved.
 */
const compiled = new Map<string, RE2JS | null>();
const maxCached = 500;

function compile(source: string): RE2JS | null {
  if (compiled.has(source)) return compiled.get(source) ?? null;
  let pattern: RE2JS | null;
  try {
    pattern = RE2JS.compile(source);
  } catch {
    pattern = null;
  }
  if (compiled.size >= maxCached) compiled.clear();
  compiled.set(source, pattern);
  return pattern;
}

export const isSupportedPattern = (source: string): boolean => compile(source) !== null;

/** Whether the pattern occurs in the text; a pattern the engine cannot run matches nothing. */
export const matchesPattern = (source: string, text: string): boolean => compile(source)?.test(text) ?? false;
