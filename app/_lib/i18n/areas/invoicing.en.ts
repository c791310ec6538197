/** EN strings of the invoicing area. Keys must match the other language's file. */
export const enInvoicing = {};
