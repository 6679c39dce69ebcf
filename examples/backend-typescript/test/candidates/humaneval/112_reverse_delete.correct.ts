function reverse_delete(s: string, c: string): [string, boolean] {
  const kept = [...s].filter((ch) => !c.includes(ch)).join("");
  return [kept, [...kept].reverse().join("") === kept];
}
