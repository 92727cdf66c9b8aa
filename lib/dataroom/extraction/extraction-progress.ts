/**
 * Told after each page is read (`done` of `total`), so a long extraction can report how far it
 * is. Awaited: a slow listener slows the extraction rather than piling up unfinished writes.
 */
export type OnExtractionProgress = (done: number, total: number) => void | Promise<void>;
