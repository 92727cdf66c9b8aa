import { degrees, PDFDocument, rgb, StandardFonts } from "pdf-lib";

export type WatermarkViewer = { name: string; email: string; orgName: string; at: Date };

/** Helvetica speaks WinAnsi only: anything else becomes "?" rather than failing the download. */
function winAnsi(text: string): string {
  return text.replace(/[^\x20-\x7e\xa0-\xff]/g, "?");
}

export function watermarkLine(viewer: WatermarkViewer): string {
  const at = viewer.at.toISOString().replace("T", " ").slice(0, 16);
  return winAnsi(`${viewer.name} <${viewer.email}> - ${viewer.orgName} - ${at} UTC`);
}

/**
 * Draws the viewer's identity into every page's own content stream (a diagonal line across the
 * page and a footer), so it is part of the page: not an annotation or layer a viewer can hide or
 * drop by saving. Returns the new PDF's bytes.
 */
export async function watermarkPdf(bytes: Uint8Array, viewer: WatermarkViewer): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const line = watermarkLine(viewer);
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    const diagonalSize = Math.max(8, Math.min(28, (Math.hypot(width, height) * 0.8) / Math.max(1, font.widthOfTextAtSize(line, 1))));
    const angle = Math.atan2(height, width);
    const textWidth = font.widthOfTextAtSize(line, diagonalSize);
    page.drawText(line, {
      x: width / 2 - (Math.cos(angle) * textWidth) / 2,
      y: height / 2 - (Math.sin(angle) * textWidth) / 2,
      size: diagonalSize,
      font,
      color: rgb(0.75, 0.1, 0.1),
      opacity: 0.22,
      rotate: degrees((angle * 180) / Math.PI),
    });
    page.drawText(`Downloaded by ${line}`, { x: 24, y: 14, size: 7, font, color: rgb(0.35, 0.35, 0.35) });
  }
  return pdf.save();
}
