import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isWithin } from '../../../src/paths/is-within.ts';

describe('whether a path is within a folder', () => {
  test('the folder itself and what is below it are; its parent and siblings are not', () => {
    expect(isWithin('/work/content', '/work/content')).toBe(true);
    expect(isWithin('/work/content/stories/a.md', '/work/content')).toBe(true);
    expect(isWithin('/work', '/work/content')).toBe(false);
    expect(isWithin('/work/content-old/a.md', '/work/content')).toBe(false);
    expect(isWithin('/work/content/../secret', '/work/content')).toBe(false);
  });

  test('a name that starts with two dots is inside', () => {
    expect(isWithin('/work/content/..notes.md', '/work/content')).toBe(true);
    expect(isWithin('content/..a', 'content')).toBe(true);
  });

  test('on Windows, another drive is never inside, and case does not matter', () => {
    expect(isWithin('D:\\content\\a.png', 'C:\\content', path.win32)).toBe(false);
    expect(isWithin('c:\\Content\\a.png', 'C:\\content', path.win32)).toBe(true);
    expect(isWithin('C:\\content\\..\\b.png', 'C:\\content', path.win32)).toBe(false);
    expect(isWithin('C:\\content\\..b.png', 'C:\\content', path.win32)).toBe(true);
  });
});
