import { defaultVisibilityLevels } from '../model/content.ts';
import { yamlText } from '../scaffold/template-lines.ts';

/**
 * project.yaml for a folder that has none: the source's project name and id prefix, the default
 * levels and workflow (which the default status mapping targets). Nothing else is assumed.
 */
export function starterProjectText({ name, idPrefix, source }: { name: string; idPrefix?: string; source: string }): string {
  const prefix = starterPrefix(idPrefix);
  return [
    `# Written by backlog-docs import from ${source}. Each file of this folder is described in the`,
    '# backlog-docs README ("Content format"); `npx backlog-docs check` tells you when one has a problem.',
    `name: ${yamlText(name)}`,
    `visibilityLevels: [${defaultVisibilityLevels.join(', ')}] # most open first; content that sets none gets the last`,
    `idPrefix: ${prefix}                                 # new stories get ${prefix}-<next number>`,
    '',
  ].join('\n');
}

/**
 * One view per level when the folder has none: the three default views for the default levels
 * (public, client, team), each level's own otherwise. Imported content shows on none but the most
 * restricted until someone opens it up.
 */
export function starterViews(levels: readonly string[], name: string): { id: string; text: string }[] {
  return levels.map((level, index) => {
    const last = index === levels.length - 1;
    const id = last && level === 'internal' ? 'team' : level;
    const show =
      index === 0
        ? []
        : last
          ? ['estimates: true', 'costs: true', 'owners: true', 'feedback: true']
          : ['estimates: true', 'feedback: true'];
    const words = index === 0 ? 'roadmap' : last ? 'team backlog' : `${level} backlog`;
    return {
      id,
      text: [
        `# The ${level} site: content marked ${levels.slice(0, index + 1).join(' or ')}.${last ? ' Deploy it where only the team can read it.' : ''}`,
        `title: ${yamlText(`${name} — ${words}`)}`,
        `level: ${level}`,
        ...(show.length > 0 ? ['show:', ...show.map((line) => `  ${line}`)] : []),
        '',
      ].join('\n'),
    };
  });
}

/** The source's id prefix when it can be one here (letters and digits), else the default. */
export function starterPrefix(idPrefix: string | undefined): string {
  return idPrefix && /^[A-Za-z][A-Za-z0-9]*$/.test(idPrefix) ? idPrefix.toUpperCase() : 'ST';
}
