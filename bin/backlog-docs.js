#!/usr/bin/env node
// The `backlog-docs` command. Checked before anything else is loaded: on an older Node, Astro
// would fail with a stack trace that says nothing about the version.
import { existsSync, readFileSync } from 'node:fs';
import module from 'node:module';

const needed = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node.replace(/^>=\s*/, '');
const [major, minor] = process.versions.node.split('.').map(Number);
const [neededMajor, neededMinor] = needed.split('.').map(Number);
if (major < neededMajor || (major === neededMajor && minor < neededMinor)) {
  console.error(`backlog-docs needs Node.js ${needed} or later; this is Node.js ${process.versions.node}.`);
  process.exit(1);
}

// V8's compiled code kept on disk, as Astro's own command does: loading Astro and its tools is
// most of a small build's start. The view builds' processes inherit it through the environment.
const { directory } = module.enableCompileCache?.() ?? {};
if (directory) process.env.NODE_COMPILE_CACHE ??= directory;

// An installed package runs its compiled JavaScript; a checkout of the repository, its TypeScript.
const compiled = new URL('../lib/cli.js', import.meta.url);
await import(existsSync(compiled) ? compiled.href : new URL('../src/cli.ts', import.meta.url).href);
