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
export async function requireSameOrigin(req: FastifyRequest, reply: FastifyReply) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
  const origin = req.headers.origin;
  const sender = hostOf(origin && origin !== 'null' ? origin : req.headers.referer);
  if (sender === null || sender !== req.host) return reply.code(403).send(refusal);
}
