function intersection(interval1: [number, number], interval2: [number, number]): string {
  const length = Math.min(interval1[1], interval2[1]) - Math.max(interval1[0], interval2[0]);
  if (length < 2) return "NO";
  for (let d = 2; d * d <= length; d++) if (length % d === 0) return "NO";
  return "YES";
}
