function histogram(test: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of test.split(" ")) if (word !== "") counts.set(word, (counts.get(word) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return new Map([...counts].filter(([, c]) => c === most));
}
