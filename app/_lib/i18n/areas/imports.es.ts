/** ES strings of the imports area. Keys must match the other language's file. */
export const esImports = {};
