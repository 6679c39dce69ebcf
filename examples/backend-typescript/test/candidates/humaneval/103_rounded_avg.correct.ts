/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function rounded_avg(n: number, m: number): string | number {
  if (m < n) return -1;
  let sum = 0;
  for (let i = n; i <= m; i++) sum += i;
  return "0b" + roundHalfEven(sum / (m - n + 1)).toString(2);
}
