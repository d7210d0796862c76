import type { AppRouter } from '@cascade/api';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { isClientError, isUnauthorized } from './errors';

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // An expired session shows up on any query; asking again who is logged in brings back the login page.
    onError: (error) => {
      if (isUnauthorized(error)) void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
    },
  }),
  defaultOptions: {
    queries: { retry: (failures, error) => !isClientError(error) && failures < 2, refetchOnWindowFocus: false },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] });

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
