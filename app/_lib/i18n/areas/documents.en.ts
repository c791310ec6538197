/** EN strings of the documents area. Keys must match the other language's file. */
export const enDocuments = {};
