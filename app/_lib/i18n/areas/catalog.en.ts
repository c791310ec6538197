/** EN strings of the catalog area. Keys must match the other language's file. */
export const enCatalog = {};
