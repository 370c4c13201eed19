/**
 * Text on one line (runs of white space become one space), cut to `max` characters with an
 * ellipsis. Counted in code points, so an emoji or an accented letter is never split in half.
 */
export function oneLine(text: string, max: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  const characters = [...single];
  return characters.length > max
    ? `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : single;
}
