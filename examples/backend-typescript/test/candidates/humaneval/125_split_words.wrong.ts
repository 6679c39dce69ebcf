// Counts every lower-case letter.
function split_words(txt: string): string[] | number {
  if (txt.includes(" ")) return txt.split(/\s+/).filter((w) => w !== "");
  if (txt.includes(",")) return txt.split(",").filter((w) => w !== "");
  return [...txt].filter((ch) => ch >= "a" && ch <= "z").length;
}
