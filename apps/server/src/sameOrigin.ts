import { auditHttpRefusal } from '@cascade/api';
import { type Database, findSessionUser, type Kysely } from '@cascade/db';
import type { FastifyReply, FastifyRequest } from 'fastify';

const refusal = {
  error: {
    code: 'FORBIDDEN',
    message:
      'Yêu cầu bị từ chối vì không xuất phát từ trang của Cascade. Hãy mở lại Cascade từ địa chỉ chính thức và thử lại.',
  },
};

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery guard: a request that can change something (any method but GET/HEAD/OPTIONS) must name,
 * in Origin or else Referer, the host it was sent to. Browsers set these and pages cannot forge them; a request
 * from another site, or one that names none, is refused before it reaches a procedure.
 */
export function sameOriginGuard(db: Kysely<Database>, sessionCookie: string) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const origin = req.headers.origin;
    const sender = hostOf(origin && origin !== 'null' ? origin : req.headers.referer);
    if (sender !== null && sender === req.host) return;
    // The browser whose cookie came along is the one a forging page used: its user is named in the audit entry
    // (a refused request does not count as use of the session, so it does not keep it alive).
    const sessionId = req.cookies[sessionCookie];
    const user = sessionId ? ((await findSessionUser(db, sessionId, new Date(), false)) ?? null) : null;
    await auditHttpRefusal(db, {
      user,
      address: req.ip,
      userAgent: req.headers['user-agent'] ?? '',
      path: `${req.method} ${req.url.split('?')[0] ?? ''}`,
      message: refusal.error.message,
      reason: 'crossOrigin',
      origin: origin ?? req.headers.referer,
    });
    return reply.code(403).send(refusal);
  };
}
