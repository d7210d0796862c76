import { setTimeout as delay } from 'node:timers/promises';

/** Retries `read` until it gives a value: a child workflow answers queries only once its first task has run. */
export async function pollUntil<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`, { cause: lastError });
    await delay(25);
  }
}
