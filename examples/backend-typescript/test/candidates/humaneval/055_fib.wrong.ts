// Off by one.
function fib(n: number): number {
  let [a, b] = [1, 1];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}
