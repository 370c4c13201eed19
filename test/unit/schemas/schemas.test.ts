import { describe, expect, test } from 'vitest';
import { calendarDate } from '../../../src/schemas/fields.ts';
import { createEntrySchemas, projectSchema, schemaSettingsOf } from '../../../src/schemas/index.ts';

const project = projectSchema.parse({ name: 'Parcelle' });
const schemas = createEntrySchemas(schemaSettingsOf(project));
const story = { title: 'Log a spraying offline', status: 'ready', priority: 'must' };

describe('project.yaml', () => {
  test('defaults follow the spec, and unmarked content is the most restricted level', () => {
    expect(project).toEqual({
      name: 'Parcelle',
      locale: 'en',
      currency: 'EUR',
      visibilityLevels: ['public', 'client', 'internal'],
      defaultVisibility: 'internal',
      workflow: [
        { id: 'draft', label: 'Draft', category: 'planned' },
        { id: 'ready', label: 'Ready', category: 'planned' },
        { id: 'in-progress', label: 'In progress', category: 'active' },
        { id: 'in-review', label: 'In review', category: 'active' },
        { id: 'done', label: 'Done', category: 'done' },
        { id: 'dropped', label: 'Dropped', category: 'dropped' },
      ],
      idPrefix: 'ST',
    });
  });

  test('the default visibility follows custom levels to their last one', () => {
    expect(projectSchema.parse({ name: 'X', visibilityLevels: ['everyone', 'board'] }).defaultVisibility).toBe('board');
  });

  test('levels and workflow ids must be unique', () => {
    const result = projectSchema.safeParse({ name: 'X', visibilityLevels: ['public', 'public'] });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['"public" is listed twice']);
  });

  test('a custom workflow is what story statuses are checked against', () => {
    const custom = projectSchema.parse({ name: 'X', workflow: [{ id: 'todo', label: 'To do', category: 'planned' }] });
    const stories = createEntrySchemas(schemaSettingsOf(custom)).stories;
    expect(stories.safeParse({ ...story, status: 'todo' }).success).toBe(true);
    expect(stories.safeParse(story).success).toBe(false);
  });
});

describe('dates', () => {
  test.each(['2026-02-28', '2024-02-29', '2026-12-31'])('%s is a real date', (date) => {
    expect(calendarDate.safeParse(date).success).toBe(true);
  });
  test.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05'])(
    '%s is refused, never rolled over',
    (date) => {
      expect(calendarDate.safeParse(date).success).toBe(false);
    },
  );
});

describe('stories', () => {
  test('are strict: an unknown key is an error', () => {
    const result = schemas.stories.safeParse({ ...story, stauts: 'ready' });
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['stauts'] });
  });

  test('acceptance criteria may be text or { text, done } and come out alike', () => {
    const parsed = schemas.stories.parse({ ...story, acceptance: ['Works offline', { text: 'Syncs', done: true }, { text: 'Undo' }] });
    expect(parsed.acceptance).toEqual([
      { text: 'Works offline', done: false },
      { text: 'Syncs', done: true },
      { text: 'Undo', done: false },
    ]);
  });

  test('list fields default to empty and visibility stays unset for the loader to mark', () => {
    const parsed = schemas.stories.parse(story);
    expect(parsed).toMatchObject({ stakeholders: [], dependsOn: [], acceptance: [], feedback: [], tags: [], links: [] });
    expect(parsed.visibility).toBeUndefined();
  });

  test('estimates cannot be negative', () => {
    expect(schemas.stories.safeParse({ ...story, estimate: { points: -1 } }).success).toBe(false);
    expect(schemas.stories.safeParse({ ...story, estimate: { points: 0, personDays: 1.5, cost: 975 } }).success).toBe(true);
  });

  test('ids hold no spaces or slashes, since they become URLs', () => {
    expect(schemas.stories.safeParse({ ...story, id: 'PAR 1' }).success).toBe(false);
    expect(schemas.stories.safeParse({ ...story, id: '../x' }).success).toBe(false);
    expect(schemas.stories.safeParse({ ...story, id: 'récolte-2' }).success).toBe(true);
  });

  test('links, the repository and a site are web addresses: no javascript: or data: URL becomes a link', () => {
    const link = (url: string) => schemas.stories.safeParse({ ...story, links: [{ title: 'Spec', url }] }).success;
    expect([link('javascript:alert(1)'), link('data:text/html,<script>x</script>'), link('https://example.org/spec')]).toEqual([
      false,
      false,
      true,
    ]);
    expect(projectSchema.safeParse({ name: 'Parcelle', repository: 'javascript:alert(1)' }).success).toBe(false);
    expect(schemas.views.safeParse({ title: 'Client', level: 'client', site: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('phases and views', () => {
  test('a phase may not end before it starts, and may end the day it starts', () => {
    const phase = { title: 'Trials', order: 3 };
    expect(schemas.phases.safeParse({ ...phase, start: '2026-05-04', end: '2026-05-03' }).success).toBe(false);
    expect(schemas.phases.safeParse({ ...phase, start: '2026-05-04', end: '2026-05-04' }).success).toBe(true);
  });

  test('a phase order is a whole number', () => {
    expect(schemas.phases.safeParse({ title: 'Trials', order: 1.5 }).success).toBe(false);
  });

  test('a view shows none of the sensitive fields unless it says so', () => {
    expect(schemas.views.parse({ title: 'Client', level: 'client' })).toEqual({
      title: 'Client',
      level: 'client',
      show: { estimates: false, costs: false, owners: false, feedback: false },
      base: '/',
      search: true,
    });
  });
});
