// DESIGN.md's import directions and "SQL lives in packages/db", as lint rules whose messages say what to do instead.

const ourPackages = [
  'activities',
  'api',
  'db',
  'documents',
  'domain',
  'forms',
  'server',
  'simulator',
  'test-support',
  'web',
  'worker',
  'workflows',
];

const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

/**
 * One package's allowed imports of ours: `runtime` may be imported as values, `types` only with `import type`.
 * Everything else of ours is refused with the direction DESIGN.md gives.
 */
function direction(folder, { runtime = [], types = [], why }) {
  const refused = ourPackages.filter((name) => !runtime.includes(name) && !types.includes(name));
  const paths = [
    ...types.map((name) => ({
      name: `@cascade/${name}`,
      allowTypeImports: true,
      message: `${folder} may import @cascade/${name} for its types only (import type). ${why}`,
    })),
  ];
  const patterns = refused.map((name) => ({
    group: [`@cascade/${name}`, `@cascade/${name}/*`],
    message: `${folder} must not import @cascade/${name}. ${why}`,
  }));
  return {
    files: [`${folder}/src/**/*.{ts,tsx}`],
    ignores: testFiles,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] },
  };
}

const directions = 'DESIGN.md "Layout" gives the directions; move shared code down to domain or forms.';

const workflowSandbox = {
  files: ['workflows/src/**/*.ts'],
  ignores: [...testFiles, 'workflows/src/path.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(?!@temporalio/(workflow|common)$|@cascade/(domain|forms)$|\\./)',
            message:
              'Workflow code runs in the deterministic sandbox: import only @temporalio/workflow (or common), @cascade/domain, ' +
              'the pure @cascade/forms and files beside it. Do I/O in an activity (packages/activities) and call it through proxyActivities.',
          },
        ],
      },
    ],
  },
};

export const importDirections = [
  direction('packages/domain', { why: 'domain is pure rules and imports nothing of ours.' }),
  direction('packages/test-support', { why: 'the test harness knows nothing of the application.' }),
  direction('packages/forms', { runtime: ['domain'], why: directions }),
  direction('packages/db', { runtime: ['domain', 'forms'], why: directions }),
  direction('packages/documents', { runtime: ['domain', 'forms'], why: directions }),
  direction('packages/activities', {
    runtime: ['db', 'domain', 'documents', 'forms'],
    types: ['workflows'],
    why: 'activities implement the contract that workflows/ declares; they never call workflow code.',
  }),
  direction('packages/api', { runtime: ['db', 'domain', 'forms', 'workflows', 'documents'], why: directions }),
  direction('apps/web', {
    runtime: ['domain', 'forms'],
    types: ['api'],
    why: 'the browser talks to the server through tRPC; it takes AppRouter from @cascade/api as a type only.',
  }),
  direction('apps/worker', { runtime: ['activities', 'db', 'domain', 'workflows'], why: directions }),
  direction('apps/server', {
    runtime: ['activities', 'api', 'db', 'documents', 'domain', 'forms', 'worker', 'workflows'],
    why: 'the server is the composition root; it never imports the web app.',
  }),
  direction('apps/simulator', { runtime: ['domain', 'test-support', 'workflows'], why: directions }),
  workflowSandbox,
];

export const noProcessEnv = {
  'no-restricted-properties': [
    'error',
    {
      object: 'process',
      property: 'env',
      message: "Read settings once in the app's src/env.ts and pass them down; nothing else reads process.env.",
    },
  ],
};

export const sqlOutsideDb = {
  'no-restricted-syntax': [
    'error',
    {
      selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]',
      message: 'SQL lives in packages/db: add a repository function there (db first) and call it.',
    },
  ],
};
