import { describe, expect, test } from 'vitest';
import { entryText, mergeEntryText } from '../../../src/import/entry-text.ts';

const fields = { title: 'Log a spraying', status: 'ready', priority: 'should', tags: ['offline'] };
const body = 'From the source.';
const previous = { id: 'PROJ-1', path: 'stories/PROJ-1.md', fields, body };

describe('entryText', () => {
  test('frontmatter with short lists and small mappings on one line, then the body', () => {
    const text = entryText({ ...fields, estimate: { points: 3 }, acceptance: ['Works offline', { text: 'Syncs', done: true }] }, body);
    expect(text).toBe(
      '---\ntitle: Log a spraying\nstatus: ready\npriority: should\ntags: [offline]\nestimate: {points: 3}\n' +
        'acceptance:\n  - Works offline\n  - {text: Syncs, done: true}\n---\n\nFrom the source.\n',
    );
  });
});

describe('mergeEntryText', () => {
  const written = entryText(fields, body);

  test('fields the source changed are updated; fields and blocks added by hand stay', () => {
    const edited = written.replace('tags:', 'as: farmer\ntags:') + '\n:::internal\nOur note.\n:::\n';
    const merged = mergeEntryText(edited, previous, { ...fields, status: 'done' }, body)!;
    expect(merged.updated).toEqual(['status']);
    expect(merged.keptEdits).toEqual([]);
    expect(merged.text).toContain('status: done\n');
    expect(merged.text).toContain('as: farmer\n');
    expect(merged.text).toMatch(/From the source\.\n\n:::internal\nOur note\.\n:::\n$/);
  });

  test('a field edited by hand is kept, even when the source changed it too', () => {
    const edited = written.replace('priority: should', 'priority: must');
    expect(mergeEntryText(edited, previous, fields, body)).toMatchObject({ updated: [], keptEdits: [] });
    const merged = mergeEntryText(edited, previous, { ...fields, priority: 'could' }, body)!;
    expect(merged).toMatchObject({ updated: [], keptEdits: ['priority'] });
    expect(merged.text).toContain('priority: must');
  });

  test('a field the source no longer has is removed, unless edited by hand', () => {
    const { tags: _, ...withoutTags } = fields;
    expect(mergeEntryText(written, previous, withoutTags, body)!.text).not.toContain('tags');
    const edited = written.replace('[offline]', '[offline, ours]');
    expect(mergeEntryText(edited, previous, withoutTags, body)).toMatchObject({ keptEdits: ['tags'] });
  });

  test('the body follows the source, keeping text added after it; a body edited inside is kept', () => {
    const added = `${written}\nOur own paragraph.\n`;
    expect(mergeEntryText(added, previous, fields, 'New text.')!.text).toMatch(/\n\nNew text\.\n\nOur own paragraph\.\n$/);
    const rewritten = written.replace('From the source.', 'Rewritten by us.');
    const merged = mergeEntryText(rewritten, previous, fields, 'New text.')!;
    expect(merged.keptEdits).toEqual(['body']);
    expect(merged.text).toContain('Rewritten by us.');
  });

  test('a file whose frontmatter no longer reads is left alone', () => {
    expect(mergeEntryText('---\ntitle: [unclosed\n---\n', previous, fields, body)).toBeUndefined();
  });
});
