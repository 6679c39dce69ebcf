function split_words(txt: string): string[] | number {
  if (txt.includes(" ")) return txt.split(/\s+/).filter((w) => w !== "");
  if (txt.includes(",")) return txt.replaceAll(",", " ").split(/\s+/).filter((w) => w !== "");
  return [...txt].filter((ch) => ch >= "a" && ch <= "z" && ch.charCodeAt(0) % 2 === 0).length;
}
