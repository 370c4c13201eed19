import { describe, expect, test } from 'vitest';
import type { BacklogDiff, StoryRef } from '../../../src/diff/backlog-diff.ts';
import { inlineText } from '../../../src/diff/markdown-text.ts';
import { renderJsonReport, type DiffReport } from '../../../src/diff/report-json.ts';
import { renderMarkdownReport } from '../../../src/diff/report-markdown.ts';
import { hostileTitles } from '../../helpers/hostile-titles.ts';
import { unknownKey } from '../../../src/problems/catalogue/fields.ts';
import { problemAt } from '../../../src/problems/content-problem.ts';

const emptyDiff = (): BacklogDiff => ({
  stories: { added: [], removed: [], changed: [] },
  phases: { added: [], removed: [], changed: [] },
  epics: { added: [], removed: [], changed: [] },
  stakeholders: { added: [], removed: [], changed: [] },
  totals: [],
  budgets: [],
  roadmap: {},
  views: [],
});

const report = (diff: BacklogDiff, overrides: Partial<DiffReport> = {}): DiffReport => ({
  base: { ref: 'main', commit: 'a'.repeat(40) },
  head: { ref: null, commit: null },
  view: null,
  projectName: 'Parcelle',
  currency: 'EUR',
  notes: [],
  problems: [],
  diff,
  ...overrides,
});

const story = (id: string, title: string): StoryRef => ({ id, title, status: 'draft', priority: 'should' });

describe('the Markdown report', () => {
  test('titles are plain text: no markup, HTML, table breaks or mentions', () => {
    const titles = [...hostileTitles, '@claire please look', '| a | table |', '```', '[link](https://example.com)', '![image](x.png)'];
    const diff = emptyDiff();
    diff.stories.added = titles.map((title, index) => story(`ST-${index}`, title));
    const markdown = renderMarkdownReport(report(diff));
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toMatch(/@claire/);
    expect(markdown).not.toContain('](https://example.com)');
    expect(markdown).toContain('\\<script\\>');
    expect(
      markdown
        .split('\n')
        .filter((line) => line.startsWith('```'))
        .every((line) => /^```(mermaid)?$/.test(line)),
    ).toBe(true);
  });

  test('reads as a review comment', () => {
    const diff = emptyDiff();
    diff.stories.added = [{ ...story('PAR-41', 'Export the register'), phase: { id: 'launch', title: 'Launch' } }];
    diff.stories.changed = [
      {
        id: 'PAR-18',
        title: 'Record weather conditions',
        changes: [
          { field: 'status', from: 'in-review', to: 'done' },
          { field: 'estimate.points', from: 5, to: 8 },
          { field: 'estimate.cost', from: 3250, to: 5200 },
          { field: 'acceptance', added: [], removed: [], ticked: ['Works offline'], unticked: [] },
        ],
        moved: { from: 'content/stories/PAR-18.md', to: 'content/stories/field/PAR-18.md' },
      },
    ];
    diff.totals = [{ phase: { id: 'trials', title: 'Trials' }, points: { from: 62, to: 65 }, cost: { from: 45500, to: 47450 } }];
    diff.phases.changed = [
      {
        id: 'trials',
        title: 'Trials',
        changes: [
          { field: 'end', from: '2027-01-01', to: '2027-01-15', days: 14 },
          { field: 'milestones', added: [], removed: [], moved: [{ title: 'Review', date: '2027-01-13', from: '2026-12-30', days: 14 }] },
          {
            field: 'team',
            added: [{ stakeholder: { id: 'auditor', title: 'HVE auditor' }, role: 'Audit dry run', personDays: 2 }],
            removed: [{ stakeholder: { id: 'marketing', title: 'Marketing' } }],
            changed: [
              { stakeholder: { id: 'farmers', title: 'Farmers' }, role: 'Log', personDays: 30, from: { role: 'Log', personDays: 24 } },
            ],
          },
          { field: 'resources', added: ['Test phones'], removed: ['Paper registers'] },
        ],
      },
    ];
    diff.budgets = [
      { phase: { id: 'trials', title: 'Trials' }, measure: 'cost', state: 'over', estimated: 47450, budget: 39000 },
      { phase: { id: 'build', title: 'Build' }, measure: 'personDays', state: 'within', estimated: 100, budget: 110 },
    ];
    diff.roadmap = { before: 'gantt\n  section A', after: 'gantt\n  section B' };
    diff.views = [
      {
        id: 'client',
        title: 'Cooperative',
        state: 'changed',
        definition: [],
        stories: { added: 2, removed: 0, changed: 1, statusChanges: 1 },
        phasesChanged: 1,
        roadmapChanged: true,
        nowVisible: [{ kind: 'story', id: 'PAR-3', title: 'Spike' }],
        noLongerVisible: [],
      },
    ];
    expect(renderMarkdownReport(report(diff))).toMatchSnapshot();
  });

  test('a report too long for a comment is summarised to fit', () => {
    const diff = emptyDiff();
    diff.stories.added = Array.from({ length: 4000 }, (_, index) =>
      story(`ST-${index}`, `A story with a rather long title, number ${index}`),
    );
    diff.stories.changed = Array.from({ length: 4000 }, (_, index) => ({
      id: `OLD-${index}`,
      title: `A changed story ${index}`,
      changes: [{ field: 'text' as const }, { field: 'status' as const, from: 'draft', to: 'ready' }],
    }));
    const markdown = renderMarkdownReport(report(diff));
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(markdown).toContain('**Stories:** 4000 added · 4000 changed (4000 status changes)');
    expect(markdown).toContain('_Summarised to stay under 60,000 characters');
  });

  const typo = problemAt({ file: 'content/stories/ST-3.md', line: 3, column: 1, field: 'stauts' }, unknownKey, {
    key: 'stauts',
    allowed: ['title', 'status', 'priority'],
  });

  test('head problems come instead of a diff', () => {
    const markdown = renderMarkdownReport(report(null as unknown as BacklogDiff, { projectName: undefined, problems: [typo] }));
    expect(markdown).toMatchSnapshot();
  });

  test('in JSON, each problem carries its code, for bots to match on instead of the words', () => {
    const json = JSON.parse(renderJsonReport(report(null as unknown as BacklogDiff, { projectName: undefined, problems: [typo] })));
    expect(json.problems).toEqual([
      {
        file: 'content/stories/ST-3.md',
        line: 3,
        column: 1,
        field: 'stauts',
        code: 'unknown-key',
        message: 'unknown key "stauts"',
        hint: 'did you mean "status"?',
      },
    ]);
    expect(Object.keys(json.problems[0])).toEqual(['file', 'line', 'column', 'field', 'code', 'message', 'hint']);
  });

  test('inline text is shortened and kept on one line', () => {
    expect(inlineText(`a\nb ${'x'.repeat(300)}`)).toMatch(/^a b x+…$/);
    expect([...inlineText('x'.repeat(300))]).toHaveLength(200);
  });
});

describe('the JSON report', () => {
  test('has a stable shape with a summary', () => {
    const diff = emptyDiff();
    diff.stories.added = [story('ST-9', 'New')];
    const json = JSON.parse(renderJsonReport(report(diff)));
    expect(Object.keys(json)).toEqual(['format', 'version', 'base', 'head', 'view', 'project', 'notes', 'problems', 'summary', 'diff']);
    expect(json).toMatchObject({ format: 'backlog-docs-diff', version: 1, project: { name: 'Parcelle', currency: 'EUR' } });
    expect(json.summary.stories).toEqual({ added: 1, removed: 0, changed: 0, renamed: 0, moved: 0, statusChanges: 0 });
  });
});
