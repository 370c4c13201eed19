import { describe, expect, test } from 'vitest';
import { WorkBudget } from '../../../src/build/work-budget.ts';

/** A piece of work that records when it starts and ends when the test says so. */
function pieces() {
  const log: string[] = [];
  const finish = new Map<string, () => void>();
  const piece = (name: string) => () =>
    new Promise<string>((resolve) => {
      log.push(name);
      finish.set(name, () => resolve(name));
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { log, finish: (name: string) => finish.get(name)!(), piece, settle };
}

describe('work within slots and memory', () => {
  test('no more pieces at once than slots, first come first served', async () => {
    const { log, finish, piece, settle } = pieces();
    const budget = new WorkBudget(2, 100);
    const all = Promise.all(['a', 'b', 'c'].map((name) => budget.run(10, piece(name))));
    await settle();
    expect(log).toEqual(['a', 'b']);
    finish('b');
    await settle();
    expect(log).toEqual(['a', 'b', 'c']);
    finish('a');
    finish('c');
    expect(await all).toEqual(['a', 'b', 'c']);
  });

  test('a piece waits until its memory fits beside what runs, and the next ones wait behind it', async () => {
    const { log, finish, piece, settle } = pieces();
    const budget = new WorkBudget(4, 100);
    const all = Promise.all([budget.run(60, piece('big')), budget.run(60, piece('second')), budget.run(10, piece('small'))]);
    await settle();
    expect(log).toEqual(['big']);
    finish('big');
    await settle();
    expect(log).toEqual(['big', 'second', 'small']);
    finish('second');
    finish('small');
    await all;
  });

  test('a piece larger than the whole budget runs alone rather than never', async () => {
    const { log, finish, piece, settle } = pieces();
    const budget = new WorkBudget(2, 100);
    const all = Promise.all([budget.run(500, piece('huge')), budget.run(10, piece('after'))]);
    await settle();
    expect(log).toEqual(['huge']);
    finish('huge');
    await settle();
    expect(log).toEqual(['huge', 'after']);
    finish('after');
    await all;
  });

  test('a failing piece frees its slot and memory', async () => {
    const budget = new WorkBudget(1, 100);
    await expect(budget.run(100, () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await budget.run(100, () => Promise.resolve('next'))).toBe('next');
  });

  test('a piece that takes no slot (Chromium drawing) holds memory only, and `fits` tells what would start beside it', async () => {
    const { log, finish, piece, settle } = pieces();
    const budget = new WorkBudget(1, 100);
    const all = Promise.all([
      budget.run(50, piece('drawing'), { slot: false }),
      budget.run(40, piece('build')),
      budget.run(40, piece('next')),
    ]);
    await settle();
    expect(log).toEqual(['drawing', 'build']);
    expect(budget.fits(10)).toBe(true);
    expect(budget.fits(20)).toBe(false);
    finish('build');
    await settle();
    expect(log).toEqual(['drawing', 'build', 'next']);
    finish('drawing');
    finish('next');
    await all;
    expect(budget.fits(100)).toBe(true);
  });
});
