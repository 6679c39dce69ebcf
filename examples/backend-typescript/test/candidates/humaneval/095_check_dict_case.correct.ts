function check_dict_case(dict: Map<string | number, string>): boolean {
  if (dict.size === 0) return false;
  const keys = [...dict.keys()];
  if (!keys.every((k) => typeof k === "string")) return false;
  const strings = keys as string[];
  const upper = strings.every((k) => k.toUpperCase() === k && k.toLowerCase() !== k);
  const lower = strings.every((k) => k.toLowerCase() === k && k.toUpperCase() !== k);
  return upper || lower;
}
