/** ES strings of the documents area. Keys must match the other language's file. */
export const esDocuments = {
  // quotes helper: documents.common and documents.quotes
  common: {},
  quotes: {},
};
