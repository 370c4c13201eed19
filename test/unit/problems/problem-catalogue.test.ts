import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../../src/build/sitemap.ts';
import { noView } from '../../../src/problems/catalogue/content-files.ts';
import { unknownKey } from '../../../src/problems/catalogue/fields.ts';
import { catalogue } from '../../../src/problems/catalogue/index.ts';
import { noBuiltSite } from '../../../src/problems/catalogue/refusals.ts';
import { unknownView } from '../../../src/problems/catalogue/usage.ts';
import { problemAt, type ContentProblem } from '../../../src/problems/content-problem.ts';
import { describeProblem } from '../../../src/problems/problem-text.ts';
import { refusalOf } from '../../../src/problems/refusal.ts';
import { UsageError, usageError } from '../../../src/problems/usage-error.ts';
import { projectRoot } from '../../helpers/run-script.ts';

const definitions = Object.values(catalogue).flat();

describe('the problem catalogue', () => {
  test('codes are kebab-case and unique across every kind of problem', () => {
    const codes = definitions.map((definition) => definition.code);
    expect(codes.filter((code) => !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(code))).toEqual([]);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  test('the README lists every code with its meaning, and no code that does not exist', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const section = /^## Problem codes\n([\s\S]*?)^## /m.exec(readme)?.[1];
    expect(section, 'README.md has a "## Problem codes" section').toBeDefined();
    const listed = Object.fromEntries([...section!.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map(([, code, meaning]) => [code, meaning]));
    const defined = Object.fromEntries(definitions.map((definition) => [definition.code, definition.title]));
    expect(listed).toEqual(defined);
  });

  test('a definition words a problem from its data, leaving out the details it has none for', () => {
    expect(describeProblem(unknownKey, { key: 'stauts', allowed: ['title', 'status'] })).toEqual({
      code: 'unknown-key',
      message: 'unknown key "stauts"',
      hint: 'did you mean "status"?',
    });
    expect(describeProblem(unknownKey, { key: 'colour', allowed: ['title', 'status'] })).toEqual({
      code: 'unknown-key',
      message: 'unknown key "colour"',
      expected: 'one of title, status',
    });
    expect(usageError(unknownView, { id: 'nope', views: ['client', 'team'] })).toMatchObject({
      code: 'unknown-view',
      message: 'there is no view "nope"; the views are client, team',
    });
    expect(usageError(unknownView, { id: 'nope', views: [] })).toBeInstanceOf(UsageError);
  });
});

describe('no producer can word a problem without the catalogue', () => {
  // Checked by the type checker (`npm test` runs tsc first): each line below must be refused.
  function refusedByTheTypeChecker() {
    const place = { file: 'content/project.yaml', field: '' };
    // @ts-expect-error a problem cannot be written as a literal, even with a real code
    const literal: ContentProblem = { ...place, code: 'no-view', message: 'there is no view' };
    // @ts-expect-error nor a UsageError be made from words written at the call site
    const words = new UsageError({ code: 'unknown-view', message: 'no such view' });
    // @ts-expect-error the data a definition's words need is checked at every call site
    const missing = problemAt(place, unknownKey, { key: 'stauts' });
    // @ts-expect-error a definition that takes no data is given none
    const extra = problemAt(place, noView, { view: 'team' });
    // @ts-expect-error a usage error is not a content problem
    const wrongKind = problemAt(place, unknownView, { id: 'x', views: [] });
    // @ts-expect-error nor a refusal a usage error
    const wrongError = usageError(noBuiltSite, { id: 'x', out: 'dist' });
    // @ts-expect-error a code that is not in the catalogue is no code
    const unknownCode: ContentProblem['code'] = 'no-such-code';
    return [literal, words, missing, extra, wrongKind, wrongError, unknownCode, refusalOf(noBuiltSite, { id: 'x', out: 'dist' })];
  }

  test('the type checker refuses the ways around it', () => {
    expect(refusedByTheTypeChecker).toBeTypeOf('function');
  });

  // What types cannot see: text handed to Zod, or printed straight to the terminal.
  const sources = listFiles(join(projectRoot, 'src'))
    .filter((path) => path.endsWith('.ts'))
    .map((path) => ({ path: relative(projectRoot, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));

  test('schemas word their rules through the catalogue, never with a message of their own', () => {
    const worded = sources
      .filter(({ path, text }) => path.startsWith('src/schemas/') && /\b(?:error|message):\s*['"`]/.test(text))
      .map(({ path }) => path);
    expect(worded).toEqual([]);
  });

  test('usage errors and refusals are printed in one place each', () => {
    const printing = sources.filter(({ text }) => /console\.error\(|process\.exit\(/.test(text)).map(({ path }) => path);
    expect(printing.sort()).toEqual(['src/cli/parse-script-args.ts', 'src/cli/report-problems.ts', 'src/cli/usage.ts']);
  });
});
