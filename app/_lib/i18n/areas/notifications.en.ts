/** EN strings of the notifications area. Keys must match the other language's file. */
export const enNotifications = {};
