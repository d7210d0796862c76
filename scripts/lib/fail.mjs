export class SetupError extends Error {}

export function fail(sentence) {
  throw new SetupError(sentence);
}
