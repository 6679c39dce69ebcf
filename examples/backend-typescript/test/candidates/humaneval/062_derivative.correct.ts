function derivative(xs: number[]): number[] {
  return xs.map((x, i) => i * x).slice(1);
}
