// Looks at the first key only.
function check_dict_case(dict: Map<string | number, string>): boolean {
  const first = [...dict.keys()][0];
  if (typeof first !== "string") return false;
  return first === first.toUpperCase() || first === first.toLowerCase();
}
