// Errors that mean "the database cannot be reached right now" (restart, failover, network), not "the query is wrong".
const connectionErrorCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
// SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down by the administrator, crash, starting up).
const unavailableSqlState = /^(08|57P0[123])/;
const connectionMessages =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused/i;

/** True when an error (or what caused it) is a lost or refused database connection. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (connectionErrorCodes.has(code) || unavailableSqlState.test(code))) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return connectionMessages.test(error.message) || isDatabaseUnavailable(error.cause, depth + 1);
}
