import { describe, expect, it } from 'vitest';
import { draftArrival } from './draftRestore';

describe('a saved draft arriving after the page opened', () => {
  it('fills an untouched form', () => {
    expect(draftArrival(true, false)).toBe('restore');
  });

  it('never replaces what the user already typed', () => {
    expect(draftArrival(true, true)).toBe('keepTyping');
    expect(draftArrival(false, true)).toBe('keepTyping');
  });

  it('leaves an untouched form alone when there is no draft', () => {
    expect(draftArrival(false, false)).toBe('nothing');
  });
});
