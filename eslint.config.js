// @ts-check
// `npm run lint`: ESLint's and typescript-eslint's recommended rules, type-aware in the .ts files,
// and eslint-plugin-astro's in the components, layouts and pages. Formatting is Prettier's job:
// none of these presets has a layout rule.
import { fileURLToPath } from 'node:url';
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  includeIgnoreFile(fileURLToPath(new URL('.gitignore', import.meta.url))),
  // Content fixtures and the starter backlog are inputs, not code; coverage/ is a report.
  globalIgnores(['test/fixtures/', 'templates/', 'coverage/']),

  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.nodeBuiltin,
      parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL('.', import.meta.url)) },
    },
  },

  astro.configs.recommended,

  // Tuned, each for a reason:
  {
    rules: {
      // `const { SOURCE_DATE_EPOCH: _, ...env } = process.env` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // An async function that implements a Promise-returning interface (a command's `run`, a
      // renderer) without awaiting anything is not a mistake; promises that are dropped or passed
      // where nothing waits for them are no-floating-promises' and no-misused-promises' job.
      '@typescript-eslint/require-await': 'off',
      // `try { localStorage… } catch {}`: an empty catch says "nothing to do without it". The
      // inline scripts are copied into the pages as written, so a comment there would ship.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Tests parse the JSON and YAML that the code under test wrote (reports, package.json,
    // workflows) and assert on it: `expect` is the type check there, so `any` may flow.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The loader fills every collection in one loop, over `Entry<any>` (each entry has just passed
    // its own schema), and types the result as a Backlog at the end. Typing each collection apart
    // would need a cast at every push; left as it is until the loader is split up.
    files: ['src/loading/load-backlog.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },

  // Type-aware rules need a TypeScript program; astro-eslint-parser cannot hand the project service
  // an .astro file (or the <script> blocks it extracts as `*.astro/*.ts`), and plain JavaScript
  // here (bin/, configs) is outside tsconfig.json. `astro check` type-checks the components.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Code that runs in the reader's browser: the client scripts and the components' <script>s.
  {
    files: ['src/site/client/**/*.ts', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // An async event listener (`input.addEventListener('input', search)`): the browser reports a
    // rejection in the console, as it would with `() => void search()`, which only adds bytes to
    // every page. Promises passed anywhere else are still checked.
    files: ['src/site/client/**/*.ts'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }] },
  },
);
