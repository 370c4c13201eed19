import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/loading/frontmatter.ts';
import { decodeContentFile } from '../../../src/loading/source-text.ts';
import { parseStrictYaml } from '../../../src/loading/strict-yaml.ts';
import { closestMatch } from '../../../src/problems/did-you-mean.ts';
import { formatContentProblem, formatGithubAnnotation, problemAt } from '../../../src/problems/content-problem.ts';
import { unknownKey } from '../../../src/problems/catalogue/fields.ts';

describe('reading files', () => {
  test('a byte-order mark is dropped and CRLF read as LF', () => {
    const bytes = new TextEncoder().encode('\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n');
    const decoded = decodeContentFile(bytes);
    expect(decoded).toEqual({ text: '---\ntitle: A\n---\nBody\n' });
  });

  test('bytes that are not UTF-8 are refused', () => {
    expect(decodeContentFile(Uint8Array.from([0x43, 0x6f, 0xe9, 0x0a]))).toEqual({
      error: { code: 'not-utf-8', message: 'the file is not valid UTF-8', hint: 'save the file as UTF-8' },
    });
  });

  test('the body starts on the line after the closing fence', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nBody')).toEqual({
      frontmatter: 'title: A',
      frontmatterLine: 2,
      body: 'Body',
      bodyLine: 4,
    });
  });

  test('YAML keeps dates and version-like numbers as written', () => {
    expect(parseStrictYaml('date: 2026-02-30\nversion: 1.10\ntitle: "Story #12"')).toEqual({
      data: { date: '2026-02-30', version: 1.1, title: 'Story #12' },
    });
  });

  test('duplicate keys are errors with their position', () => {
    expect(parseStrictYaml('a: 1\nb: 2\na: 3')).toEqual({
      errors: [{ code: 'duplicate-yaml-key', message: 'the key "a" is written twice in the same mapping', line: 3, column: 1 }],
    });
  });
});

describe('problems', () => {
  const problem = problemAt({ file: 'content/stories/ST-3.md', line: 3, column: 1, field: 'stauts' }, unknownKey, {
    key: 'stauts',
    allowed: ['title', 'status', 'priority'],
  });

  test('print as path:line:column  field  message, then details', () => {
    expect(formatContentProblem(problem)).toBe(
      'content/stories/ST-3.md:3:1  stauts  unknown key "stauts"\n    hint      did you mean "status"?',
    );
  });

  test('become GitHub annotations with escaped properties, the code in the title', () => {
    expect(formatGithubAnnotation({ ...problem, file: 'a,b.md' })).toBe(
      '::error file=a%2Cb.md,line=3,col=1,title=stauts%3A unknown key "stauts" [unknown-key]::unknown key "stauts"%0Ahint: did you mean "status"?',
    );
  });

  test('near misses are suggested, far ones are not', () => {
    const keys = ['status', 'priority', 'phase', 'dependsOn'];
    expect(closestMatch('stauts', keys)).toBe('status');
    expect(closestMatch('dependson', keys)).toBe('dependsOn');
    expect(closestMatch('prio', keys)).toBeUndefined();
    expect(closestMatch('colour', keys)).toBeUndefined();
  });
});
