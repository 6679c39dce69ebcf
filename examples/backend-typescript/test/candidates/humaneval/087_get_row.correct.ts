function get_row(lst: number[][], x: number): [number, number][] {
  const coords: [number, number][] = [];
  lst.forEach((row, i) => {
    for (let j = row.length - 1; j >= 0; j--) if (row[j] === x) coords.push([i, j]);
  });
  return coords;
}
