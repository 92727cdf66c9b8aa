/** Limits of a deal-room message, shared by the schema and the composer (no zod in client bundles). */
export const ROOM_MESSAGE_MAX_LENGTH = 4000;
export const ROOM_MESSAGE_MAX_MENTIONS = 20;
/** Threads a room page shows: the latest ones. */
export const ROOM_THREADS_SHOWN = 50;
