import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { type AppRouter, appRouter, createContext } from '@cascade/api';
import { type Database, isDatabaseReachable, type Kysely } from '@cascade/db';
import type { Client } from '@temporalio/client';
import {
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { registerDocumentRoutes } from './documentRoutes';

export const sessionCookie = 'cascade_session';

export interface HttpOptions {
  db: Kysely<Database>;
  temporal: Client;
  webDist: string;
  secureCookies: boolean;
  /** LibreOffice's soffice: documents as PDF too; .docx only without it. */
  soffice?: string | undefined;
}

export async function createHttpServer({ db, temporal, webDist, secureCookies, soffice }: HttpOptions) {
  // Form values carry their attached files inline (up to 1 MB in all, base64): room for them and the text.
  const app = Fastify({ logger: false, bodyLimit: 4 * 1024 * 1024, routerOptions: { maxParamLength: 5_000 } });
  await app.register(fastifyCookie);
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }: CreateFastifyContextOptions) =>
        createContext({
          db,
          temporal,
          sessionId: req.cookies[sessionCookie] ?? null,
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
              maxAge: 7 * 86_400,
            });
          },
        }),
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  registerDocumentRoutes(app, db, sessionCookie, soffice);

  app.get('/healthz', async (_req, reply) => {
    const database = await isDatabaseReachable(db);
    const workflow = await temporal.connection.workflowService.getSystemInfo({}).then(
      () => true,
      () => false,
    );
    return reply
      .code(database && workflow ? 200 : 503)
      .send({ ok: database && workflow, database, temporal: workflow });
  });

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist });
    app.setNotFoundHandler((req, reply) =>
      req.method === 'GET' && !req.url.startsWith('/trpc')
        ? reply.sendFile('index.html')
        : reply.code(404).send({ error: 'Not found' }),
    );
  }
  return app;
}
