/**
 * Tasks run one after another per key (a voter list, an election), each after every earlier
 * task of that key has settled, whether it succeeded or failed; different keys run freely.
 */
export function keyedQueue() {
  const locks = new Map<string, Promise<unknown>>();
  return function serialise<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = locks.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    locks.set(key, settled);
    void settled.then(() => {
      if (locks.get(key) === settled) locks.delete(key);
    });
    return run;
  };
}
