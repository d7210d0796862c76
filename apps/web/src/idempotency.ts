import { useRef } from 'react';

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only in secure contexts; an intranet served over plain HTTP still has getRandomValues.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One key per user action: sending the same payload again (a retry after a failure) reuses the key,
 * so the server applies it once; a changed payload, or any action after a success, gets a new key.
 */
export function useIdempotencyKey() {
  const attempt = useRef<{ payload: string; key: string } | null>(null);
  return {
    keyFor(payload: unknown): string {
      const serialized = JSON.stringify(payload);
      if (attempt.current?.payload !== serialized) attempt.current = { payload: serialized, key: newIdempotencyKey() };
      return attempt.current.key;
    },
    succeeded(): void {
      attempt.current = null;
    },
  };
}
