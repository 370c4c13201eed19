/**
 * The id a new phase, epic, stakeholder or view takes from its title: lower-case a-z, digits and
 * single dashes ("Field trials — 2027!" → `field-trials-2027`). Accents are dropped rather than
 * the letters that carry them, so "Équipe" gives `equipe`. Empty when the title holds none of these.
 */
export function slugIdOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}
