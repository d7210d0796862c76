import type { Database, Kysely } from '@cascade/db';
import type { Mailer } from './notifier';

export interface ActivityDependencies {
  db: Kysely<Database>;
  mailer: Mailer;
}
