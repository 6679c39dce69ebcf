function truncate_number(number: number): number {
  return number % 1.0;
}
