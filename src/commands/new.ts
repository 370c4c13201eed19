import { defineCommand } from '../cli/command.ts';
import { reportRefusal } from '../cli/report-problems.ts';
import { missingKind, missingTitle, storyOnlyOption, unknownKind, unquotedTitle } from '../problems/catalogue/usage.ts';
import { usageError } from '../problems/usage-error.ts';
import { entryKindNames, scaffoldEntry, type EntryKind } from '../scaffold/new-entry.ts';
import { scaffoldStory } from '../scaffold/new-story.ts';
import { contentOption } from './shared-options.ts';

const kinds = ['story', ...entryKindNames];
const examples: Record<string, string> = {
  story: 'Log a spraying offline',
  phase: 'Field trials',
  epic: 'Field logging',
  stakeholder: 'Pilot farms',
  view: 'Board roadmap',
};

export const newCommand = defineCommand<{ phase?: string; epic?: string; content: string }>({
  name: 'new',
  summary: 'Write a new story, phase, epic, stakeholder or view, with every field as a commented line.',
  usage: 'story|phase|epic|stakeholder|view "Title" [--phase ID] [--epic ID] [--content DIR]',
  description: [
    'A story gets the next free id (idPrefix in project.yaml); the others, the title in lower case',
    'with dashes ("Field trials" → field-trials). The file is valid as written; none is ever overwritten.',
  ].join('\n'),
  options: {
    phase: { type: 'string', value: 'ID', description: 'the phase of the new story' },
    epic: { type: 'string', value: 'ID', description: 'the epic of the new story' },
    content: contentOption,
  },
  positionals: true,
  async run({ options, positionals, cwd }) {
    const [kind, title, ...extra] = positionals;
    if (kind === undefined) throw usageError(missingKind, { kinds });
    if (!kinds.includes(kind)) throw usageError(unknownKind, { kind, kinds });
    if (title === undefined) throw usageError(missingTitle, { kind, example: examples[kind] });
    if (extra.length > 0) throw usageError(unquotedTitle, { kind, example: examples[kind] });
    const storyOnly = (['phase', 'epic'] as const).find((option) => options[option] !== undefined);
    if (kind !== 'story' && storyOnly) throw usageError(storyOnlyOption, { option: storyOnly });

    const result =
      kind === 'story'
        ? scaffoldStory({ contentDir: options.content, title, phase: options.phase, epic: options.epic, cwd })
        : scaffoldEntry({ kind: kind as EntryKind, contentDir: options.content, title, cwd });
    if ('refused' in result) return reportRefusal(result.refused);
    console.log(result.path);
    return 0;
  },
});
