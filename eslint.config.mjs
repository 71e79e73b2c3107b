// ESLint flat config: typescript-eslint's recommended rules, plus the architecture's rules:
// libs are imported only through their index, dependencies point one way, no forwardRef.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const libImports = (allowed) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['@renkei/*/*'], message: 'Import a lib only through its index (@renkei/<lib>).' },
        ...(allowed === null
          ? []
          : [
              {
                group: ['@renkei/*', ...allowed.map((a) => `!@renkei/${a}`)],
                message: `Dependencies point one way: this lib may import only ${allowed.length ? allowed.map((a) => '@renkei/' + a).join(', ') : 'no other lib'}.`,
              },
            ]),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'test/artifacts/', 'bench/results/', '.dist-*/', 'apps/web/dist/', 'apps/web/src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='forwardRef']", message: 'No forwardRef: fix the dependency direction instead.' }],
    },
  },
  { files: ['libs/core/src/**/*.ts'], rules: libImports([]) },
  { files: ['libs/authz/src/**/*.ts'], rules: libImports(['core']) },
  { files: ['libs/identity/src/**/*.ts', 'libs/audit/src/**/*.ts'], rules: libImports(['core', 'authz']) },
  { files: ['libs/workflow/src/**/*.ts'], rules: libImports(['core', 'authz']) },
  { files: ['libs/notifications/src/**/*.ts'], rules: libImports(['core', 'authz', 'identity']) },
  { files: ['libs/cases/src/**/*.ts'], rules: libImports(['core', 'authz', 'identity', 'workflow', 'notifications']) },
  { files: ['libs/case-*/src/**/*.ts'], rules: libImports(['core', 'authz', 'identity', 'workflow', 'notifications', 'cases']) },
  { files: ['libs/exports/src/**/*.ts'], rules: libImports(['core', 'authz', 'identity', 'workflow', 'notifications', 'cases']) },
  { files: ['libs/reports/src/**/*.ts'], rules: libImports(['core', 'authz', 'identity', 'workflow', 'notifications', 'cases', 'exports']) },
  { files: ['libs/tips/src/**/*.ts'], rules: libImports(['core', 'authz', 'identity', 'workflow', 'notifications', 'cases', 'case-recruitment']) },
  { files: ['libs/agencies/src/**/*.ts'], rules: libImports(['core', 'authz', 'identity', 'audit', 'cases', 'notifications', 'case-recruitment', 'case-call-forwarding', 'case-departure', 'case-evidence-request', 'tips', 'reports', 'exports']) },
  { files: ['apps/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'migrations/**/*.ts'], rules: libImports(null) },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The web client runs in the browser: TypeScript (apps/web/tsconfig.json, DOM lib) checks names.
  { files: ['apps/web/**/*.{ts,tsx,mts}'], rules: { 'no-undef': 'off' } },
);
