import type { inferOutput } from '@trpc/tanstack-react-query';
import type { trpc } from '../../trpc';

export type TemplateDetails = inferOutput<typeof trpc.admin.template>;
export type TemplateDefinition = TemplateDetails['definition'];
export type TemplateRound = TemplateDefinition['rounds'][number];
export type AdminUnit = inferOutput<typeof trpc.admin.units>[number];
