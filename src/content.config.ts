import { defineCollection } from 'astro:content';
import { createBacklogLoaders } from './loading/backlog-loader.ts';

// The content folder comes from the build script (`--content DIR`); `content/` by default.
const loaders = createBacklogLoaders(process.env.BACKLOG_CONTENT ?? 'content');

export const collections = Object.fromEntries(
  Object.entries(loaders).map(([name, loader]) => [name, defineCollection({ loader })]),
);
