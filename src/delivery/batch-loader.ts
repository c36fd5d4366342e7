/**
 * Loads by key, one query for all the keys asked for in the same turn of the event loop: the
 * jobs of a batch start together, so their lookups become one query instead of one each.
 */
export function createBatchLoader<V>(
  fetch: (keys: string[]) => Promise<Map<string, V>>,
): (key: string) => Promise<V | undefined> {
  let waiting = new Map<string, ((value: V | undefined) => void)[]>();
  let failures: ((error: unknown) => void)[] = [];

  function flush() {
    const batch = waiting;
    const rejects = failures;
    waiting = new Map();
    failures = [];
    fetch([...batch.keys()]).then(
      (found) => {
        for (const [key, resolvers] of batch)
          for (const resolve of resolvers) resolve(found.get(key));
      },
      (error: unknown) => {
        for (const reject of rejects) reject(error);
      },
    );
  }

  return (key) =>
    new Promise((resolve, reject) => {
      if (waiting.size === 0) setImmediate(flush);
      waiting.set(key, [...(waiting.get(key) ?? []), resolve]);
      failures.push(reject);
    });
}
