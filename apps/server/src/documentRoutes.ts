import { auditHttpRefusal, planDocumentSource, reportDocumentSource } from '@cascade/api';
import { type Database, findSessionUser, findTemplate, type Kysely, type User } from '@cascade/db';
import {
  docxToPdf,
  importedIssueOf,
  importedTemplateOf,
  importPlanFile,
  planDocument,
  planDraftOf,
  planFileKindOf,
  renderDocx,
  reportDocument,
} from '@cascade/documents';
import { TRPCError } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const httpStatus: Partial<Record<TRPCError['code'], number>> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  CONFLICT: 409,
  BAD_REQUEST: 400,
};

/** "44/KH-UBND" → "Ke-hoach-44-KH-UBND.docx": no slash in a file name. */
export function docxFileName(prefix: string, documentNumber: string | null, fallback: string) {
  const name = documentNumber ? documentNumber.replace(/\//g, '-') : fallback;
  return `${prefix}-${name}.docx`.replace(/[^\p{L}\p{N}._-]+/gu, '-');
}

interface DocxFile {
  fileName: string;
  docx: Buffer;
}

/** The issued plans and sent reports as Decree 30/2020 .docx files, for the users who may read them. */
export function registerDocumentRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  sessionCookie: string,
  soffice: string | undefined,
) {
  const serve =
    (make: (user: User, id: string) => Promise<DocxFile>) =>
    async (req: FastifyRequest<{ Params: { id: string }; Querystring: { format?: string } }>, reply: FastifyReply) => {
      const sessionId = req.cookies[sessionCookie];
      const user = sessionId ? await findSessionUser(db, sessionId) : undefined;
      if (!user)
        return reply.code(401).send({ error: 'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại rồi tải văn bản.' });
      const asPdf = req.query.format === 'pdf';
      if (asPdf && !soffice)
        return reply
          .code(501)
          .send({ error: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF: hãy tải bản .docx.' });
      try {
        const made = await make(user, req.params.id);
        const { fileName, docx } = asPdf
          ? { fileName: made.fileName.replace(/\.docx$/, '.pdf'), docx: await docxToPdf(made.docx, soffice) }
          : made;
        const ascii = fileName
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[đĐ]/g, 'd');
        return await reply
          .header('content-type', asPdf ? 'application/pdf' : docxType)
          .header(
            'content-disposition',
            `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          )
          .header('cache-control', 'private, no-store')
          .send(docx);
      } catch (error) {
        if (!(error instanceof TRPCError)) throw error;
        if (error.code === 'FORBIDDEN')
          await auditHttpRefusal(db, {
            user,
            address: req.ip,
            userAgent: req.headers['user-agent'] ?? '',
            path: `GET ${req.url.split('?')[0] ?? ''}`,
            message: error.message,
            reason: 'document',
          });
        return reply.code(httpStatus[error.code] ?? 500).send({ error: error.message });
      }
    };

  app.get(
    '/documents/plans/:id',
    serve(async (user, planId) => {
      const source = await planDocumentSource(db, user, planId);
      return {
        fileName: docxFileName('Ke-hoach', source.issue.documentNumber, planId),
        docx: await renderDocx(planDocument(source)),
      };
    }),
  );
  app.get(
    '/documents/reports/:id',
    serve(async (user, taskId) => {
      const source = await reportDocumentSource(db, user, taskId);
      return {
        fileName: docxFileName(
          'Bao-cao',
          null,
          `${source.round.label.replace(/^báo cáo\s+/iu, '')}-${source.year}-${source.issuer.nameInText}`,
        ),
        docx: await renderDocx(reportDocument(source)),
      };
    }),
  );

  // An existing plan's file (.docx, .pdf, .txt, .md) read into a draft the officer reviews before anything is created.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: 4 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  // With a template: the plan's targets on its indicators (those none matches are listed), for the issue form.
  app.post<{ Querystring: { name?: string; templateId?: string }; Body: Buffer }>(
    '/documents/import',
    async (req, reply) => {
      const sessionId = req.cookies[sessionCookie];
      const user = sessionId ? await findSessionUser(db, sessionId) : undefined;
      if (!user)
        return reply.code(401).send({ error: 'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại rồi tải tệp lên.' });
      const kind = planFileKindOf(req.query.name ?? '');
      if (!kind)
        return reply.code(400).send({
          error: 'Chỉ nhận tệp .docx, .pdf (có chữ), .txt hoặc .md: hãy lưu kế hoạch dưới một trong các dạng này.',
        });
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        return reply.code(400).send({ error: 'Tệp tải lên rỗng: hãy chọn lại tệp kế hoạch.' });
      const template = req.query.templateId ? await findTemplate(db, req.query.templateId) : undefined;
      if (req.query.templateId && !template?.published_at)
        return reply.code(400).send({ error: 'Mẫu kế hoạch không tồn tại hoặc chưa được công bố: hãy chọn mẫu khác.' });
      const indicators = (template?.definition.indicators ?? []).map(({ key, label }) => ({ key, label }));
      try {
        const imported = await importPlanFile(new Uint8Array(req.body), kind, indicators);
        return await reply.send({
          imported,
          draft: planDraftOf(imported),
          issue: importedIssueOf(imported),
          template: importedTemplateOf(imported),
          indicators,
        });
      } catch (error) {
        return reply.code(400).send({ error: error instanceof Error ? error.message : 'Không đọc được tệp.' });
      }
    },
  );
}
