import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/run-script.ts';

/**
 * The layers of src/, as an allow-list: the folders and packages each folder may import. A new
 * folder, or a new import across layers, fails this test until the list (and the README's layer
 * diagram) says it is meant. `node` stands for every Node built-in, `astro` for astro and @astrojs/*.
 */
const layers: Record<string, { folders: string[]; packages: string[] }> = {
  // The pure core: plain data in, plain data out.
  model: { folders: [], packages: [] },
  escaping: { folders: [], packages: [] },
  text: { folders: [], packages: [] },
  problems: { folders: ['model', 'text'], packages: ['astro/zod'] },
  schemas: { folders: ['model', 'problems'], packages: ['astro/zod'] },
  body: { folders: ['model', 'problems', 'diagrams'], packages: ['satteri'] },
  diagrams: { folders: ['model', 'escaping', 'text'], packages: [] },
  projection: { folders: ['model', 'problems'], packages: [] },
  validation: { folders: ['model', 'problems', 'body'], packages: [] },
  diff: { folders: ['model', 'problems', 'text', 'escaping', 'body', 'projection', 'diagrams'], packages: ['satteri'] },
  // The edges: files, git, Markdown rendering, Chromium.
  git: { folders: [], packages: ['node'] },
  paths: { folders: [], packages: ['node'] },
  loading: { folders: ['model', 'problems', 'schemas', 'validation', 'git', 'paths'], packages: ['node', 'astro/zod', 'yaml', 'saxes'] },
  browser: { folders: [], packages: ['node', 'playwright-core'] },
  mermaid: { folders: ['model', 'problems', 'text', 'diagrams', 'browser'], packages: ['node', 'playwright-core', 'mermaid', 'dompurify'] },
  rendering: {
    folders: ['model', 'problems', 'escaping', 'body', 'loading', 'mermaid'],
    packages: ['node', 'satteri', 'astro', 'sanitize-html'],
  },
  history: { folders: ['model', 'problems', 'git', 'paths', 'loading', 'diff'], packages: ['node'] },
  search: { folders: [], packages: ['node', 'pagefind'] },
  // The sites: Astro pages fed with one view's projected data.
  site: { folders: ['model', 'escaping', 'text'], packages: ['node', 'astro', 'virtual:backlog-docs/view'] },
  components: { folders: ['model', 'escaping', 'diagrams', 'site', 'components'], packages: ['astro'] },
  layouts: { folders: ['model', 'site', 'components', 'styles'], packages: ['astro'] },
  pages: { folders: ['model', 'site', 'components', 'layouts'], packages: ['astro'] },
  styles: { folders: [], packages: [] },
  // The tool: build steps, the commands and their helpers.
  build: {
    folders: [
      'model',
      'problems',
      'text',
      'escaping',
      'paths',
      'git',
      'body',
      'loading',
      'validation',
      'rendering',
      'projection',
      'diagrams',
      'mermaid',
      'browser',
      'diff',
      'history',
      'search',
      'site',
    ],
    packages: ['node', 'astro'],
  },
  preview: { folders: ['problems', 'text'], packages: ['node'] },
  scaffold: { folders: ['model', 'problems', 'schemas', 'loading'], packages: ['node', 'yaml'] },
  import: { folders: ['model', 'problems', 'text', 'schemas', 'loading', 'body', 'scaffold'], packages: ['node', 'yaml', 'satteri'] },
  cli: { folders: ['model', 'problems', 'text'], packages: ['node'] },
  commands: {
    folders: ['model', 'problems', 'text', 'cli', 'build', 'history', 'diff', 'preview', 'scaffold', 'projection', 'import'],
    packages: ['node'],
  },
};

/** Folders whose code, followed through every import, reaches no Node built-in, Astro or browser. */
const pureCore = ['model', 'escaping', 'text', 'problems', 'body', 'diagrams', 'projection', 'validation', 'diff'];
const impure = (spec: string) => ['node', 'astro', 'playwright-core', 'mermaid', 'dompurify', 'pagefind'].includes(packageOf(spec));

// The two files at the top of src/: the command's entry and the library's exports.
const topFiles: Record<string, string[]> = {
  'src/cli.ts': ['cli', 'commands', 'problems'],
  'src/index.ts': ['model', 'problems', 'loading', 'rendering', 'projection', 'diff', 'build'],
};

interface SourceFile {
  path: string;
  folder: string;
  imports: string[];
}

const srcRoot = join(projectRoot, 'src');
const sources: SourceFile[] = readdirSync(srcRoot, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|astro|mjs|css)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
  .map((entry) => {
    const path = relative(projectRoot, join(entry.parentPath, entry.name)).split(sep).join('/');
    const text = readFileSync(join(projectRoot, path), 'utf8');
    return { path, folder: folderOf(path), imports: importsOf(text) };
  });

function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? parts[1] : '';
}

/** Static, type-only, re-export and dynamic imports, and CSS @import. */
function importsOf(text: string): string[] {
  const patterns = [
    /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*@import\s+['"]([^'"]+)['"]/gm,
  ];
  return [...new Set(patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1])))];
}

function packageOf(spec: string): string {
  if (spec.startsWith('node:') || builtinModules.includes(spec)) return 'node';
  if (spec === 'astro/zod') return spec;
  if (spec === 'astro' || spec.startsWith('astro/') || spec.startsWith('@astrojs/')) return 'astro';
  if (spec.startsWith('virtual:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The src/ file a relative import names (its folder is what the layers are about). */
function targetOf(file: SourceFile, spec: string): string {
  return relative(projectRoot, resolve(projectRoot, dirname(file.path), spec))
    .split(sep)
    .join('/');
}

describe('layers', () => {
  test('every folder of src/ has its place in the layers', () => {
    const folders = [...new Set(sources.map((file) => file.folder).filter(Boolean))].sort();
    expect(folders.filter((folder) => !(folder in layers))).toEqual([]);
    expect(Object.keys(layers).filter((folder) => !folders.includes(folder))).toEqual([]);
  });

  test('each folder imports only the folders and packages its layer allows', () => {
    const crossings = sources.flatMap((file) =>
      file.imports.flatMap((spec) => {
        if (!spec.startsWith('.')) {
          const allowed = file.folder ? (layers[file.folder]?.packages ?? []) : [];
          const name = packageOf(spec);
          return file.folder === '' || allowed.includes(name) || allowed.includes(spec) ? [] : [`${file.path} imports the package ${spec}`];
        }
        const target = targetOf(file, spec);
        const folder = folderOf(target);
        if (folder === file.folder) return [];
        const allowed = file.folder ? layers[file.folder]?.folders : topFiles[file.path];
        return allowed?.includes(folder) ? [] : [`${file.path} imports ${target}`];
      }),
    );
    expect(crossings).toEqual([]);
  });

  test('the pure core reaches no Node built-in, Astro or browser, through any chain of imports', () => {
    const byPath = new Map(sources.map((file) => [file.path, file]));
    const reaches = (start: SourceFile): string[] => {
      const seen = new Set<string>();
      const found: string[] = [];
      const visit = (file: SourceFile) => {
        if (seen.has(file.path)) return;
        seen.add(file.path);
        for (const spec of file.imports) {
          if (!spec.startsWith('.')) {
            if (impure(spec)) found.push(`${start.path} → … ${file.path} imports ${spec}`);
            continue;
          }
          const next = byPath.get(targetOf(file, spec));
          if (next) visit(next);
        }
      };
      visit(start);
      return found;
    };
    const pureFiles = sources.filter((file) => pureCore.includes(file.folder));
    expect(pureFiles.length).toBeGreaterThan(40);
    expect(pureFiles.flatMap(reaches)).toEqual([]);
  });

  test('the check sees imports of every form', () => {
    const text = [
      "import { a } from '../model/a.ts';",
      "import type { B } from '../model/b.ts';",
      "export { c } from './c.ts';",
      "const d = await import('node:fs');",
      "import '../styles/e.css';",
      "@import './f.css';",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['../model/a.ts', '../model/b.ts', '../styles/e.css', './c.ts', './f.css', 'node:fs'].sort());
  });
});
