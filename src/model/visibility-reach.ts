/**
 * How far content of a level reaches, for the team's badges and block outlines (issue 13):
 * everyone (the most open level), the team alone (the most restricted), or between.
 */
export type Reach = 'everyone' | 'restricted' | 'team-only';

export function reachOf(level: string, levels: readonly string[]): Reach {
  if (level === levels[0]) return 'everyone';
  return level === levels.at(-1) ? 'team-only' : 'restricted';
}
