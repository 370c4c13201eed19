import { defineConfig } from 'vitest/config';

// Three tiers, each a Vitest project (`npm run test:unit`, `test:build`, `test:browser`; `npm test`
// runs them all). Within a tier, a test lives in the folder named after the src/ folder it tests.
// A build or browser test runs commands, builds and browsers: a second or more each, several
// times that on a busy machine, so Vitest's 5 s default (right for a unit test) is too short.
const slowTier = { testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    // Astro components and our loaders run in Node; no DOM emulation.
    environment: 'node',
    projects: [
      // Pure code over plain data and small files: no site built, no command run, no git
      // repository, no Chromium. The whole tier runs in seconds.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // Sites built from fixtures, the command line run as a person runs it, throwaway git
      // repositories, the package packed and installed from its tarball.
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'], ...slowTier } },
      // The built sites served on localhost and driven in the system's Chromium.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], ...slowTier } },
    ],
    // `npm run coverage`: what the tests run in Vitest's own process. The sites and commands that
    // build tests start as child processes are not measured.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'coverage',
    },
  },
});
