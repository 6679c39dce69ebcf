// The counts in the wrong order.
function even_odd_palindrome(n: number): [number, number] {
  let even = 0;
  let odd = 0;
  for (let i = 1; i <= n; i++) {
    const s = String(i);
    if (s !== [...s].reverse().join("")) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return [odd, even];
}
