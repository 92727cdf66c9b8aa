/**
 * pdfjs is loaded by Node at run time, not bundled: bundled, its fake worker cannot find its own
 * worker module next to it.
 */
export async function loadPdfjs(): Promise<typeof import("pdfjs-dist/legacy/build/pdf.mjs")> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "pdfjs-dist/legacy/build/pdf.mjs");
}
