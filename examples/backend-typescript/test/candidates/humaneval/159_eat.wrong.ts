// Eats what it needs even when there is not enough left.
function eat(number: number, need: number, remaining: number): number[] {
  return [number + need, Math.max(remaining - need, 0)];
}
