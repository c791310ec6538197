/** ES strings of the leads area. Keys must match the other language's file. */
export const esLeads = {};
