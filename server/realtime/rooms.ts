import type { TBoardKey } from '~/domain/schemas/board';

/**
 * Room names are derived on the server from the authenticated membership,
 * never taken from the client.
 */
export const orgRoom = (organizationId: string) => `org:${organizationId}`;

/** Viewers of one board of one organization (presence and drag marks). */
export const boardRoom = (organizationId: string, board: TBoardKey) => `board:${organizationId}:${board}`;

/** One member's private room (notifications): joined at connect, keyed by organization and user. */
export const userRoom = (organizationId: string, userId: string) => `user:${organizationId}:${userId}`;
