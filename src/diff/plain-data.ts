/** Drops keys whose value is undefined, so a diff serialises without them (not as null). */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
