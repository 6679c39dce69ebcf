// Deletes only the first character of c.
function reverse_delete(s: string, c: string): [string, boolean] {
  const kept = [...s].filter((ch) => ch !== c[0]).join("");
  return [kept, [...kept].reverse().join("") === kept];
}
