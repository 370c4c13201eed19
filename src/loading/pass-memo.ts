/**
 * Results kept from one pass over the content to the next, for `backlog-docs dev`, which reads the
 * content again on every edit (and from one check or build to the next: src/build/kept-between-runs.ts). Whoever reads a result checks it still holds (the same bytes, the
 * same settings); a result no pass asked for since the previous one is dropped, so the files
 * deleted or renamed during a session do not stay in memory.
 */
export interface PassMemo<V> {
  /** Starts a pass: results the last pass did not ask for are dropped. */
  startPass(): void;
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** What the current pass asked for or set, to keep it for a later process. */
  entries(): [string, V][];
}

/** `kept`: results of an earlier process, for the first pass to ask for. */
export function createPassMemo<V>(kept: Iterable<[string, V]> = []): PassMemo<V> {
  let previous = new Map<string, V>();
  let current = new Map<string, V>(kept);
  return {
    startPass() {
      previous = current;
      current = new Map();
    },
    get(key) {
      const value = current.get(key) ?? previous.get(key);
      if (value !== undefined) current.set(key, value);
      return value;
    },
    set(key, value) {
      current.set(key, value);
    },
    entries() {
      return [...current];
    },
  };
}
