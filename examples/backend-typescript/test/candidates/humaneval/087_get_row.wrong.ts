// Columns in ascending order within a row.
function get_row(lst: number[][], x: number): [number, number][] {
  const coords: [number, number][] = [];
  lst.forEach((row, i) => row.forEach((v, j) => v === x && coords.push([i, j])));
  return coords;
}
