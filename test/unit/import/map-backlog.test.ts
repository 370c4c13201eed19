import { describe, expect, test } from 'vitest';
import { mapBacklog, type MappingContext } from '../../../src/import/map-backlog.ts';
import type { SourceBacklog, SourceItem } from '../../../src/import/source-backlog.ts';
import { defaultWorkflow } from '../../../src/model/content.ts';

const item = (sourceId: string, more: Partial<SourceItem> = {}): SourceItem => ({
  sourceId,
  id: sourceId.toUpperCase(),
  title: `Item ${sourceId}`,
  status: 'To Do',
  dependsOn: [],
  acceptance: [],
  tags: [],
  links: [],
  body: '',
  fields: {},
  leftOut: [],
  notes: [],
  ...more,
});

const source = (items: SourceItem[], more: Partial<SourceBacklog> = {}): SourceBacklog => ({
  source: 'jira',
  statuses: [],
  statusHints: {},
  items,
  phases: [],
  epics: [],
  assets: [],
  leftOut: [],
  ...more,
});

const context = (more: Partial<MappingContext> = {}): MappingContext => ({
  project: {
    workflow: defaultWorkflow.map((status) => ({ ...status })),
    visibilityLevels: ['public', 'client', 'internal'],
    defaultVisibility: 'internal',
    idPrefix: 'ST',
  },
  existing: { stories: [], phases: [], epics: [] },
  options: { statuses: [], priorities: [], visibility: [], includeArchived: false },
  ...more,
});

const stories = (plan: ReturnType<typeof mapBacklog>) => plan.entries.filter((entry) => entry.collection === 'stories');

describe('mapBacklog', () => {
  test('fail closed: nothing gets a level unless a rule opens it, and the most restricted rule wins', () => {
    const items = [
      item('a-1', { fields: { label: ['public-roadmap'] } }),
      item('a-2', { fields: { label: ['public-roadmap', 'Secret'] } }),
      item('a-3'),
    ];
    const visibility = [
      { field: 'label', value: 'public-roadmap', level: 'public', written: 'label:public-roadmap=public' },
      { field: 'label', value: 'secret', level: 'internal', written: 'label:secret=internal' },
    ];
    const plan = mapBacklog(source(items), context({ options: { statuses: [], priorities: [], visibility, includeArchived: false } }));
    expect(stories(plan).map((entry) => entry.fields.visibility)).toEqual(['public', 'internal', undefined]);
    expect(plan.report.level).toEqual({ name: 'internal', explicit: false });
  });

  test('where unmarked content is more open than the last level, every import says the last level', () => {
    const project = { ...context().project, defaultVisibility: 'public' };
    const plan = mapBacklog(source([item('a-1')], { phases: [] }), context({ project }));
    expect(stories(plan)[0].fields.visibility).toBe('internal');
    expect(plan.report.level.explicit).toBe(true);
  });

  test('statuses and priorities by name, by the source category, by option, and guessed, each counted', () => {
    const items = [
      item('a-1', { status: 'In QA', priority: 'Highest' }),
      item('a-2', { status: 'Parked', priority: 'Meh' }),
      item('a-3', { status: 'Limbo' }),
      item('a-4', { status: 'Blocked', priority: 'Highest' }),
    ];
    const options = {
      statuses: [{ from: 'blocked', to: 'dropped' }],
      priorities: [{ from: 'highest', to: 'could' }],
      visibility: [],
      includeArchived: false,
    };
    const plan = mapBacklog(source(items, { statusHints: { Parked: 'Done' } }), context({ options }));
    expect(plan.report.statuses).toEqual([
      { from: 'In QA', to: 'in-review', by: 'name', count: 1 },
      { from: 'Parked', to: 'done', by: 'source category', count: 1 },
      { from: 'Limbo', to: 'ready', by: 'guess', count: 1 },
      { from: 'Blocked', to: 'dropped', by: 'option', count: 1 },
    ]);
    expect(plan.report.priorities).toEqual([
      { from: 'Highest', to: 'could', by: 'option', count: 2 },
      { from: 'Meh', to: 'should', by: 'guess', count: 1 },
      { from: '(none)', to: 'should', by: 'none given', count: 1 },
    ]);
  });

  test('a default status the workflow lacks becomes its first status of the same category', () => {
    const project = {
      ...context().project,
      workflow: [
        { id: 'todo', label: 'To do', category: 'planned' as const },
        { id: 'shipped', label: 'Shipped', category: 'done' as const },
      ],
    };
    const plan = mapBacklog(source([item('a-1', { status: 'Closed' }), item('a-2', { status: 'Backlog' })]), context({ project }));
    expect(stories(plan).map((entry) => entry.fields.status)).toEqual(['shipped', 'todo']);
  });

  test('ids kept when valid, new ones for the others; references mapped, missing and archived ones reported', () => {
    const items = [
      item('task-1', { dependsOn: ['task-2', 'task-9', 'task-77'] }),
      item('task-2', { id: '' }),
      item('task-9', { place: 'archived', title: 'Old' }),
      item('TASK-1', { title: 'Same id twice' }),
    ];
    const plan = mapBacklog(
      source(items),
      context({ existing: { stories: [{ id: 'ST-1', path: 'stories/ST-1.md' }], phases: [], epics: [] } }),
    );
    expect(stories(plan).map((entry) => [entry.id, entry.path])).toEqual([
      ['TASK-1', 'stories/TASK-1.md'],
      ['ST-2', 'stories/ST-2.md'],
      ['ST-3', 'stories/ST-3.md'],
    ]);
    expect(stories(plan)[0].fields.dependsOn).toEqual(['ST-2']);
    expect(plan.report.renamed).toEqual([
      { sourceId: 'task-2', id: 'ST-2', why: 'not a valid id' },
      { sourceId: 'TASK-1', id: 'ST-3', why: 'the id of another item' },
    ]);
    expect(plan.report.leftOut).toEqual([{ id: 'TASK-9', title: 'Old', why: expect.stringMatching(/^archived/) }]);
    expect(plan.report.references).toEqual([
      { from: 'TASK-1', to: 'task-9', why: 'archived, not imported: dependency left out' },
      { from: 'TASK-1', to: 'task-77', why: 'not in the source: dependency left out' },
    ]);
  });

  test('archived items come in as dropped when asked; a parent depends on its sub-task, which takes its epic', () => {
    const items = [item('a-1', { epic: 'E-1' }), item('a-2', { parent: 'a-1' }), item('a-3', { place: 'archived' })];
    const epics = [{ sourceId: 'E-1', id: 'E-1', title: 'Epic', body: '', fields: {} }];
    const plan = mapBacklog(
      source(items, { epics }),
      context({ options: { statuses: [], priorities: [], visibility: [], includeArchived: true } }),
    );
    const [parent, child, archived] = stories(plan);
    expect(parent.fields).toMatchObject({ epic: 'E-1', dependsOn: ['A-2'] });
    expect(child.fields.epic).toBe('E-1');
    expect(archived.fields.status).toBe('dropped');
  });

  test('a dependency that would close a cycle is left out and reported', () => {
    const plan = mapBacklog(source([item('a-1', { dependsOn: ['a-2'] }), item('a-2', { dependsOn: ['a-1'] })]), context());
    expect(stories(plan).map((entry) => entry.fields.dependsOn)).toEqual([undefined, ['A-1']]);
    expect(plan.report.references).toEqual([{ from: 'A-1', to: 'A-2', why: 'would close a cycle of dependencies: left out' }]);
  });

  test('phases in order after those already there, joining one of the same id, with a status from their stories', () => {
    const items = [item('a-1', { phase: 'Beta', status: 'Done' }), item('a-2', { phase: 'm-1' }), item('a-3', { phase: 'Launch' })];
    const phases = [
      { name: 'm-1', aliases: ['Beta'], title: 'Beta', body: 'The beta.', kind: 'milestone' },
      { name: 'm-2', aliases: ['Kick-off'], title: 'Kick-off', body: '', kind: 'milestone' },
    ];
    const existing = { stories: [], phases: [{ id: 'kick-off', path: 'phases/kick-off.md', order: 4 }], epics: [] };
    const plan = mapBacklog(source(items, { phases }), context({ existing }));
    expect(plan.entries.filter((entry) => entry.collection === 'phases').map((entry) => [entry.id, entry.fields])).toEqual([
      ['beta', { title: 'Beta', order: 5, status: 'active' }],
      ['launch', { title: 'Launch', order: 6 }],
    ]);
    expect(plan.report.phases.find((phase) => phase.id === 'kick-off')).toMatchObject({ joined: true });
    expect(stories(plan).map((entry) => entry.fields.phase)).toEqual(['beta', 'beta', 'launch']);
  });

  test('GitHub: a label named by --priority gives the priority and is no tag', () => {
    const items = [item('57', { id: 'GH-57', tags: ['P1', 'bug'] }), item('58', { id: 'GH-58', tags: ['bug'] })];
    const options = { statuses: [], priorities: [{ from: 'p1', to: 'must' }], visibility: [], includeArchived: false };
    const plan = mapBacklog(source(items, { source: 'github' }), context({ options }));
    expect(stories(plan).map((entry) => [entry.fields.priority, entry.fields.tags])).toEqual([
      ['must', ['bug']],
      ['should', ['bug']],
    ]);
  });
});
