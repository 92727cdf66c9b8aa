import { describe, expect, it } from "vitest";
import { extractPdfText } from "@/lib/dataroom/extraction/extract-pdf-text";
import { buildRedactedTextPdf } from "@/lib/dataroom/redaction/build-redacted-text-pdf";
import { detectPii } from "@/lib/dataroom/redaction/detect-pii";

describe("buildRedactedTextPdf", () => {
  it("drops approved spans from the text layer and keeps the rest", async () => {
    const pages = [
      { page: 1, text: "Escrow instructions\nPay to GB82 WEST 1234 5698 7654 32 and confirm to treasury@helios.example today." },
      { page: 2, text: "Contact Dr. Amina Odhiambo for the grid study." },
    ];
    const detections = detectPii(pages);
    const approved = detections.filter((d) => d.type !== "PERSON_NAME");
    expect(approved.map((d) => d.type)).toEqual(["IBAN", "EMAIL"]);

    const text = (await extractPdfText(await buildRedactedTextPdf(pages, approved))).map((p) => p.text).join("\n");
    expect(text).not.toContain("GB82");
    expect(text).not.toContain("5698");
    expect(text).not.toContain("treasury@helios.example");
    expect(text).toContain("Escrow instructions");
    expect(text).toContain("confirm to");
    expect(text).toContain("Amina Odhiambo");
  });

  it("wraps long text onto further pages instead of clipping it", async () => {
    const long = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(" ");
    const pages = await extractPdfText(await buildRedactedTextPdf([{ page: 1, text: long }], []));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.text).join(" ")).toContain("word1999");
  });
});
