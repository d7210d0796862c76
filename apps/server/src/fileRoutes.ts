import { auditHttpRefusal, downloadFile, maxUploadBytes, uploadFile } from '@cascade/api';
import { type Database, type ExternalContentStore, findSessionUser, type Kysely, type User } from '@cascade/db';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatBytes } from '@cascade/forms';

const sessionCookie = 'cascade_session';

/**
 * Attached files travel here, never through tRPC or Temporal: POST /files?taskId&field&name with the raw bytes,
 * GET /files/:id. Both need a session; the upload is checked against its form field, the download against the plan.
 */
export async function fileRoutes(
  app: FastifyInstance,
  { db, fileContents }: { db: Kysely<Database>; fileContents?: ExternalContentStore | undefined },
) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_req, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error: FastifyError, _req, reply) => {
    if (error.statusCode === 413)
      return reply.code(413).send({
        error: `Tệp vượt quá ${formatBytes(maxUploadBytes)}, mức tối đa hệ thống nhận; hãy chọn tệp nhỏ hơn.`,
      });
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) console.error(`[files] ${error.message}`);
    return reply.code(status).send({
      error: status < 500 ? 'Yêu cầu tải tệp không hợp lệ; hãy chọn lại tệp.' : 'Lỗi máy chủ; vui lòng thử lại.',
    });
  });

  const userOf = async (req: FastifyRequest) => {
    const sessionId = req.cookies[sessionCookie];
    const user = sessionId ? await findSessionUser(db, sessionId) : undefined;
    if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Bạn cần đăng nhập.' });
    return user;
  };
  const failed = async (req: FastifyRequest, reply: FastifyReply, error: unknown, user: User | null) => {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === 'FORBIDDEN')
      await auditHttpRefusal(db, {
        user,
        address: req.ip,
        userAgent: req.headers['user-agent'] ?? '',
        path: `${req.method} ${req.url.split('?')[0] ?? ''}`,
        message: error.message,
        reason: 'file',
      });
    return reply.code(getHTTPStatusCodeFromError(error)).send({ error: error.message });
  };

  app.post<{ Querystring: { taskId?: string; field?: string; name?: string } }>('/files', async (req, reply) => {
    let user: User | null = null;
    try {
      const { taskId, field, name } = req.query;
      if (!taskId || !field || !name || !Buffer.isBuffer(req.body))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Thiếu tệp hoặc thông tin tệp; hãy chọn lại tệp.' });
      const bytes = new Uint8Array(req.body.buffer, req.body.byteOffset, req.body.byteLength);
      user = await userOf(req);
      return reply.code(201).send(await uploadFile(db, user, { taskId, fieldKey: field, name, bytes }, fileContents));
    } catch (error) {
      return failed(req, reply, error, user);
    }
  });

  app.get<{ Params: { id: string } }>('/files/:id', async (req, reply) => {
    let user: User | null = null;
    try {
      user = await userOf(req);
      const file = await downloadFile(db, user, req.params.id, fileContents);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachment(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
    } catch (error) {
      return failed(req, reply, error, user);
    }
  });
}

/** RFC 6266: an ASCII fallback for old clients, the Vietnamese name in UTF-8 for the rest. */
function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
