function eat(number: number, need: number, remaining: number): number[] {
  return need <= remaining ? [number + need, remaining - need] : [number + remaining, 0];
}
