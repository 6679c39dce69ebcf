function parse_music(music_string: string): number[] {
  const beats: Record<string, number> = { "o": 4, "o|": 2, ".|": 1 };
  return music_string.split(" ").filter((x) => x !== "").map((x) => beats[x]!);
}
