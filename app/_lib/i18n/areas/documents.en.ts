/** EN strings of the documents area. Keys must match the other language's file. */
export const enDocuments = {
  // quotes helper: documents.common and documents.quotes
  common: {},
  quotes: {},
};
