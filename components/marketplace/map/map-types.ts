/** What the marketplace map draws: pins for projects with coordinates, and countries shaded by how many projects match. */
export type MapPin = { id: string; name: string; href: string; lat: number; lng: number; caption: string };
/** `numericCode` is ISO 3166-1 numeric, the id world-atlas gives each country. */
export type MapCountry = { numericCode: string; name: string; count: number };
