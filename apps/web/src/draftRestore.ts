/** What a form does when its saved draft arrives from the server. */
type DraftArrival = 'restore' | 'keepTyping' | 'nothing';

/**
 * A saved draft replaces the form only while the user has not touched it: what they typed before the draft came
 * back is newer, so it wins (and is saved in the draft's place).
 */
export function draftArrival(hasStoredDraft: boolean, hasTyped: boolean): DraftArrival {
  if (hasTyped) return 'keepTyping';
  return hasStoredDraft ? 'restore' : 'nothing';
}
