/**
 * Runs `work` over `items` with at most `concurrency` in flight, handing each result to `onResult`
 * in completion order. A failing item becomes a rejected result, never a stopped batch.
 */
export async function forEachConcurrently<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  work: (item: T) => Promise<R>,
  onResult: (item: T, result: PromiseSettledResult<R>) => void,
): Promise<void> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  const worker = async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const item = next.value;
      try {
        onResult(item, { status: "fulfilled", value: await work(item) });
      } catch (reason) {
        onResult(item, { status: "rejected", reason });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return { next: async () => iterator.next() };
}
