/**
 * The day (YYYY-MM-DD, UTC) that SOURCE_DATE_EPOCH names, when it is set to a number of seconds:
 * a build's "today" when its caller says so (a daily rebuild), never the clock's.
 */
export function readSourceDate(env: Record<string, string | undefined> = process.env): string | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (!epoch || !/^\d+$/.test(epoch)) return undefined;
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
