/** The viewer's link that resolves a document's room for the tenant and opens it at the page (app/(app)/dataroom/documents/[documentId]). */
export function documentPageHref(documentId: string, page: number): string {
  return `/dataroom/documents/${documentId}?page=${Math.max(1, Math.floor(page))}`;
}
