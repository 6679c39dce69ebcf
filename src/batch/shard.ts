/**
 * `--shard K/N`: item i (1-based, in input order) belongs to shard ((i - 1) mod N) + 1. Round-robin
 * rather than contiguous ranges, so that a shard needs no item count up front (the input streams)
 * and neighbouring items, often of similar size, spread evenly over the machines.
 */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

/** Parses `K/N` with 1 <= K <= N; returns a message when it is not that. */
export function parseShard(text: string): Shard | { error: string } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return { error: `--shard takes K/N (e.g. 2/8), not '${text}'` };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return { error: `--shard ${text}: K must be between 1 and N` };
  return { index, count };
}

export function inShard(ordinal: number, shard: Shard): boolean {
  return (ordinal - 1) % shard.count === shard.index - 1;
}
