/** Built by scripts/build-basemap.ts into public/basemap; absolute because the map worker fetches them. */
export const basemapUrl = (file: string): string => new URL(`/basemap/${file}`, window.location.origin).href;
