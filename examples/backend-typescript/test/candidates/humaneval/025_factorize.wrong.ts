// Each prime once, without multiplicity.
function factorize(n: number): number[] {
  const factors: number[] = [];
  for (let i = 2; n > 1; i++) {
    if (n % i === 0) factors.push(i);
    while (n % i === 0) n /= i;
  }
  return factors;
}
