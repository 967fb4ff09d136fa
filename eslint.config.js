// ESLint flat config: @eslint/js + typescript-eslint recommended for all sources, tests, scripts and
// examples, plus a few project rules that keep the house conventions checkable (no eval anywhere,
// widgets never fetch by themselves, no unsafe Lit directives, no `export *` in package indexes).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_CODE = ['packages/widgets/**/*.ts', 'packages/*/test/browser/**/*.ts', 'examples/demo/**/*.js'];

export default defineConfig(
  { ignores: ['**/dist/**', '**/cdn/**', '**/node_modules/**', '**/coverage/**', '**/*.d.ts', 'data/**', 'tmp/**', 'docs/api/**', 'examples/react/public/**'] },
  // Pages and scripts that run in the browser (or hand functions to puppeteer to run there).
  { files: ['scripts/bench/pages/**', 'examples/staff-console/**', 'examples/demo/**', 'scripts/screenshots.mjs', 'scripts/bench/*.mjs', 'examples/test/**', 'packages/server/test/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // The store is asynchronous: a store call that is not awaited (a floating write, a promise taken for its
    // value in a condition) is a bug the compiler alone does not always see. Type-aware, so only where it matters.
    files: ['packages/server/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
    },
  },
  {
    // Sanitizers strip control characters on purpose (iCalendar text), and tests look for them.
    files: ['packages/contract/src/ics/**/*.ts', 'packages/*/test/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Tests poke at raw JSON and framework internals; `any` there is a tool, not a leak into the API.
    files: ['packages/*/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: BROWSER_CODE,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/*/test/browser/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    files: ['packages/*/src/index.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Name every public export in index.ts (no `export *`).' }],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Widgets talk to the API through the SDK client, never fetch.' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Not Trusted Types safe.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Not Trusted Types safe.' },
            { name: 'lit/directives/style-map.js', message: 'Inline styles break a strict CSP; use classes and custom properties.' },
          ],
        },
      ],
    },
  },
);
