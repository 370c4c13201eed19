import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Astro components and our loaders run in Node; no DOM emulation.
    environment: 'node',
  },
});
