function factorize(n: number): number[] {
  const factors: number[] = [];
  let i = 2;
  while (i <= Math.floor(Math.sqrt(n) + 1)) {
    if (n % i === 0) {
      factors.push(i);
      n = Math.floor(n / i);
    } else i += 1;
  }
  if (n > 1) factors.push(n);
  return factors;
}
