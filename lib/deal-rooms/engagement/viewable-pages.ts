/**
 * How many pages of a document the room's viewer shows: a PDF's pages (from its text extraction;
 * null while unknown), and one for anything else (an image, a spreadsheet's preview).
 */
export function viewablePageCount(document: { fileType: string; pageCount: number | null }): number | null {
  return document.fileType === "pdf" ? document.pageCount : 1;
}
