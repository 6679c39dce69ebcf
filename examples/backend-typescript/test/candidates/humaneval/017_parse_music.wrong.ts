// Half notes counted as whole notes.
function parse_music(music_string: string): number[] {
  return music_string.split(" ").filter((x) => x !== "").map((x) => (x.startsWith("o") ? 4 : 1));
}
