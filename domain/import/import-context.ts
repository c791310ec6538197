/**
 * What an import needs to know about the organization, read from the
 * database before planning (and again inside the committing transaction).
 */
export type TImportContext = {
  /** Number format of the uploaded file's amounts ('es' reads 1.234,56). */
  locale: string;
  /** The organization's currency: default for amounts without a currency column. */
  currency: string;
  /** The importing member: owner of opportunities without an owner column. */
  viewerUserId: string;
  customers: { id: string; legalName: string; taxId: string | null }[];
  productSkus: string[];
  members: { userId: string; name: string; email: string }[];
  pipelines: { id: string; name: string; isDefault: boolean; stages: { id: string; name: string; position: number; defaultProbability: number }[] }[];
  /** externalRef of every opportunity of the organization that has one. */
  externalRefs: string[];
};
