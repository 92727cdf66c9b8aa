import { createCanvas } from "@napi-rs/canvas";
import { PDFDict, PDFDocument, PDFName, StandardFonts, rgb } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { EmbeddedS3 } from "@/lib/storage/embedded-s3";
import { getObjectBytes } from "@/lib/storage/objects";
import { startTestStorage, uploadRequest } from "../support/dataroom-routes";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { drainJobs } from "../support/job-worker";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { startRedactionAction, reviewRedactionAction } = await import("@/lib/dataroom/actions");
const { extractPdfText } = await import("@/lib/dataroom/extraction/extract-pdf-text");
const { detectPii } = await import("@/lib/dataroom/redaction/detect-pii");
const { redactPdf } = await import("@/lib/dataroom/redaction/redact-pdf");
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");

const EMAIL = "treasury@helios.example";
const IBAN = "GB82 WEST 1234 5698 7654 32";
const SIZE = 12;
const LINE = { x: 60, y: 700, prefix: "Confirm to ", suffix: " before noon" };
const SHAPE = { x: 320, y: 420, width: 120, height: 90 };
const LOGO = { x: 60, y: 420, width: 80, height: 80 };
const PAGE_SIZES: [number, number][] = [
  [595, 842],
  [792, 612],
];

/** A two-page PDF as an office suite would make it: headings, body lines, a coloured shape, a picture. */
async function escrowPdf() {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const logoCanvas = createCanvas(40, 40);
  const logoContext = logoCanvas.getContext("2d");
  logoContext.fillStyle = "#d02020";
  logoContext.fillRect(0, 0, 40, 40);
  const logo = await pdf.embedPng(await logoCanvas.encode("png"));

  const first = pdf.addPage(PAGE_SIZES[0]);
  first.drawText("Escrow instructions", { x: 60, y: 760, size: 20, font: bold });
  first.drawText(`${LINE.prefix}${EMAIL}${LINE.suffix}`, { x: LINE.x, y: LINE.y, size: SIZE, font });
  first.drawText(`Wire the deposit to ${IBAN} by Friday`, { x: 60, y: 680, size: SIZE, font });
  first.drawRectangle({ ...SHAPE, color: rgb(0.1, 0.4, 0.9) });
  first.drawImage(logo, LOGO);
  pdf.addPage(PAGE_SIZES[1]).drawText("Site visit notes: the substation is fenced", { x: 60, y: 500, size: SIZE, font });
  return { bytes: Buffer.from(await pdf.save()), font };
}

/** A page of a PDF as RGBA pixels at `scale` pixels per point, drawn by pdfjs as a viewer would. */
async function renderPage(bytes: Uint8Array, pageNumber: number, scale: number) {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    const { data, width } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    // PDF points (origin bottom left) to the pixel's red, green and blue.
    return (x: number, y: number) => {
      const at = (Math.round(viewport.height - y * scale) * width + Math.round(x * scale)) * 4;
      return [data[at]!, data[at + 1]!, data[at + 2]!];
    };
  } finally {
    await pdf.destroy();
  }
}

/** Sample points on a grid inside a rectangle given in PDF points. */
function grid(x: number, y: number, width: number, height: number, steps = 6): [number, number][] {
  return Array.from({ length: steps * steps }, (_, i) => [x + (width * ((i % steps) + 0.5)) / steps, y + (height * (Math.floor(i / steps) + 0.5)) / steps]);
}

/** The largest difference between two colours' channels (the copy may be JPEG-encoded). */
const colourDistance = (a: number[], b: number[]) => Math.max(...a.map((value, i) => Math.abs(value - b[i]!)));

let s3: EmbeddedS3;
beforeAll(async () => {
  s3 = await startTestStorage();
});
afterAll(async () => s3.stop());

describe("redaction keeps the look of the pages", () => {
  it("paints the approved spans out of a rendered copy of each page and keeps the other text searchable", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor);
    signedIn = actor;
    const { bytes: source, font } = await escrowPdf();
    const uploaded = await upload(uploadRequest({ fileName: "escrow.pdf", projectId: project.id }, source));
    const { document } = (await uploaded.json()) as { document: { id: string } };
    await drainJobs();

    const job = (await startRedactionAction({ documentId: document.id })).data!;
    await drainJobs();
    const detections = (await db.redactionJob.findUniqueOrThrow({ where: { id: job.id } })).detectedEntities as { id: string; type: string; text: string }[];
    expect(detections.map((d) => [d.type, d.text])).toEqual([
      ["EMAIL", EMAIL],
      ["IBAN", IBAN],
    ]);
    await reviewRedactionAction({ jobId: job.id, approvedIds: detections.map((d) => d.id) });
    await drainJobs();

    const done = await db.redactionJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(done.status).toBe("done");
    const copy = await db.document.findUniqueOrThrow({ where: { id: done.redactedDocumentId! } });
    expect(copy.metadata).toMatchObject({ redactedFrom: document.id, redactionJobId: job.id, redactionMethod: "raster" });
    const applied = await db.auditLog.findFirstOrThrow({ where: { entityId: job.id, action: "redaction.applied" } });
    expect(applied.changes).toMatchObject({ after: { redactionMethod: "raster", approvedCount: 2 } });
    const redacted = await getObjectBytes(copy.s3Key);

    // (1) The redacted strings are gone from the text; every other word is still found.
    const pages = await extractPdfText(redacted);
    const text = pages.map((p) => p.text).join("\n");
    for (const gone of [EMAIL, "treasury", "helios", "GB82", "WEST", "5698"]) expect(text).not.toContain(gone);
    for (const kept of ["Escrow instructions", "Confirm to", "before noon", "Wire the deposit to", "by Friday", "Site visit notes: the substation is fenced"])
      expect(text).toContain(kept);
    expect(detectPii(pages)).toEqual([]);

    // (2) Same pages, same sizes; nothing of the source's pages came along (its bold font, say):
    // each page is one picture and the invisible layer's Helvetica.
    const output = await PDFDocument.load(redacted);
    expect(output.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual(PAGE_SIZES);
    for (const page of output.getPages()) {
      const resources = page.node.Resources()!;
      const fonts = resources
        .lookup(PDFName.of("Font"), PDFDict)
        .values()
        .map((ref) => output.context.lookup(ref, PDFDict).get(PDFName.of("BaseFont"))?.toString());
      expect(fonts).toEqual(["/Helvetica"]);
      expect(resources.lookup(PDFName.of("XObject"), PDFDict).values()).toHaveLength(1);
    }

    // (3) Where the email was is black; the shape and the picture keep their colours; the words
    // beside the email are still drawn, not blacked out.
    const pixel = await renderPage(redacted, 1, 2);
    const emailX = LINE.x + font.widthOfTextAtSize(LINE.prefix, SIZE);
    const emailWidth = font.widthOfTextAtSize(EMAIL, SIZE);
    for (const [x, y] of grid(emailX, LINE.y - 2, emailWidth, SIZE - 2)) expect(Math.max(...pixel(x, y))).toBeLessThan(40);
    for (const [x, y] of grid(SHAPE.x, SHAPE.y, SHAPE.width, SHAPE.height)) expect(colourDistance(pixel(x, y), [26, 102, 230])).toBeLessThan(12);
    for (const [x, y] of grid(LOGO.x, LOGO.y, LOGO.width, LOGO.height)) expect(colourDistance(pixel(x, y), [208, 32, 32])).toBeLessThan(12);
    const suffixX = emailX + emailWidth + font.widthOfTextAtSize(" ", SIZE) + 2;
    const beside = grid(suffixX, LINE.y, font.widthOfTextAtSize(LINE.suffix.trim(), SIZE) - 4, SIZE * 0.7, 12).map(([x, y]) => Math.max(...pixel(x, y)));
    expect(beside.filter((value) => value > 200).length).toBeGreaterThan(beside.length / 3);
    expect(beside.filter((value) => value < 100).length).toBeGreaterThan(5);
  });

  it("rebuilds the text instead when the pages no longer match the extraction the spans point into", async () => {
    const { bytes } = await escrowPdf();
    const pages = await extractPdfText(bytes);
    const stale = pages.map((p) => ({ ...p, text: `Revised. ${p.text}` }));
    const spans = detectPii(stale);
    expect(spans).toHaveLength(2);

    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { bytes: redacted, method } = await redactPdf(bytes, stale, spans);
    expect(method).toBe("text");
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("rebuilding the text instead"),
      expect.objectContaining({ message: expect.stringMatching(/^Page 1: the rendered text does not match/) }),
    );
    warn.mockRestore();
    const text = (await extractPdfText(redacted)).map((p) => p.text).join("\n");
    expect(text).toContain("before noon");
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain("GB82");
  });
});
