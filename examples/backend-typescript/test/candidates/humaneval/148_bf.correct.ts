function bf(planet1: string, planet2: string): string[] {
  const planets = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"];
  const i = planets.indexOf(planet1);
  const j = planets.indexOf(planet2);
  if (i < 0 || j < 0 || i === j) return [];
  return planets.slice(Math.min(i, j) + 1, Math.max(i, j));
}
