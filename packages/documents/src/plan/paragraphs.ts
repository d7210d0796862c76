import type { Block } from '../officialDocument';

// "1. Mục đích", "2. Yêu cầu", "a) Sở Nội vụ": a short numbered line with no closing punctuation heads what follows.
const ITEM_HEADING = /^(\d+(\.\d+)*\.|[a-zđ]\))\s+\S.{0,118}$/u;
const SENTENCE_END = /[.;:!?]$/u;

/** A long text as the officer typed it: one paragraph per line, numbered headings of items kept in bold. */
export function paragraphsOf(text: string): Block[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line): Block =>
      ITEM_HEADING.test(line) && !SENTENCE_END.test(line)
        ? { kind: 'item', text: line }
        : { kind: 'paragraph', text: line },
    );
}
