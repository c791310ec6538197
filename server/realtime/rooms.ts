/**
 * Room names are derived on the server from the authenticated membership,
 * never taken from the client.
 */
export const orgRoom = (organizationId: string) => `org:${organizationId}`;
