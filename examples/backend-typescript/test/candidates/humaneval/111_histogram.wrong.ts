// Every letter's count, not only the most frequent ones.
function histogram(test: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of test.split(" ")) if (word !== "") counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
