const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day of a date as the sources write it, `YYYY-MM-DD`: ISO (`2026-03-12`, `2026-03-12 10:15`,
 * `2026-03-12T10:15:00Z`) or Jira's `12/Mar/26 10:15 AM`. Undefined when it is no real day, so a
 * date that cannot be read is left out rather than guessed.
 */
export function dayOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[ T])/.exec(text);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const jira = /^\s*(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})\b/.exec(text);
  if (jira) {
    const month = months.indexOf(jira[2].toLowerCase()) + 1;
    const year = jira[3].length === 2 ? 2000 + Number(jira[3]) : Number(jira[3]);
    return month === 0 ? undefined : realDay(year, month, Number(jira[1]));
  }
  return undefined;
}

function realDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
