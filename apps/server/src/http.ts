import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { type AppRouter, appRouter, createContext, createLoginDefences } from '@cascade/api';
import { type Database, type ExternalContentStore, isDatabaseReachable, type Kysely } from '@cascade/db';
import type { Client } from '@temporalio/client';
import {
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { fileRoutes } from './fileRoutes';
import { sameOriginGuard } from './sameOrigin';
import { registerSecurityHeaders } from './securityHeaders';
import { withinMs } from './withinMs';
import { registerDocumentRoutes } from './documentRoutes';

export const sessionCookie = 'cascade_session';

export interface HttpOptions {
  db: Kysely<Database>;
  temporal: Client;
  /** Temporal's web UI and namespace, for administrators' links to a workflow; null when there is none. */
  temporalUi?: { url: string; namespace: string } | null;
  isTemporalReachable(): boolean;
  webDist: string;
  secureCookies: boolean;
  /** Behind a reverse proxy: take the client's address and the host from its X-Forwarded-* headers. */
  trustProxy: boolean;
  /** LibreOffice's soffice: documents as PDF too; .docx only without it. */
  soffice?: string | undefined;
  /** Where attached files' contents go instead of the database (an S3-compatible store), when configured. */
  fileContents?: ExternalContentStore | undefined;
}

export async function createHttpServer({
  db,
  temporal,
  temporalUi,
  isTemporalReachable,
  webDist,
  secureCookies,
  trustProxy,
  soffice,
  fileContents,
}: HttpOptions) {
  // Drafts and reports are text (files go through /files): room for long ones.
  // On close, open connections are cut rather than waited for: a request stuck on an unreachable service must not
  // hold up Ctrl-C (its client retries with the same idempotency key).
  const app = Fastify({
    logger: false,
    trustProxy,
    forceCloseConnections: true,
    bodyLimit: 4 * 1024 * 1024,
    routerOptions: { maxParamLength: 5_000 },
  });
  const loginDefences = createLoginDefences();
  await registerSecurityHeaders(app, secureCookies);
  await app.register(fastifyCookie);
  app.addHook('onRequest', sameOriginGuard(db, sessionCookie));
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }: CreateFastifyContextOptions) =>
        createContext({
          db,
          temporal,
          temporalUi: temporalUi ?? null,
          isTemporalReachable,
          sessionId: req.cookies[sessionCookie] ?? null,
          clientAddress: req.ip,
          userAgent: req.headers['user-agent'] ?? '',
          loginDefences,
          setSessionCookie: (id) => {
            if (!id) {
              void res.clearCookie(sessionCookie, { path: '/' });
              return;
            }
            void res.setCookie(sessionCookie, id, {
              path: '/',
              httpOnly: true,
              sameSite: 'lax',
              secure: secureCookies,
              maxAge: 12 * 3_600,
            });
          },
        }),
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await app.register(fileRoutes, { db, fileContents });
  registerDocumentRoutes(app, db, sessionCookie, soffice);

  // Answers within a second whatever is down: Temporal's state comes from its watch, the database has 800 ms.
  app.get('/healthz', async (_req, reply) => {
    const database = await withinMs(800, isDatabaseReachable(db)).catch(() => false);
    const workflow = isTemporalReachable();
    return reply
      .code(database && workflow ? 200 : 503)
      .send({ ok: database && workflow, database, temporal: workflow });
  });

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist });
    // Vite names every built asset by its content's hash: a browser may keep them for good and skip revalidating.
    if (existsSync(join(webDist, 'assets')))
      await app.register(fastifyStatic, {
        root: join(webDist, 'assets'),
        prefix: '/assets/',
        decorateReply: false,
        maxAge: '365d',
        immutable: true,
      });
    app.setNotFoundHandler((req, reply) =>
      req.method === 'GET' && !req.url.startsWith('/trpc') && !req.url.startsWith('/files')
        ? reply.sendFile('index.html')
        : reply.code(404).send({ error: 'Không có địa chỉ này; hãy mở lại trang chủ.' }),
    );
  }
  return app;
}
