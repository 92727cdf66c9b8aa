import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/utils/content-disposition";
import { FILE_NAME_MAX_LENGTH, normalizeFileName } from "@/lib/utils/normalize-file-name";

describe("normalizeFileName", () => {
  it.each([
    ["Grid study.pdf", "Grid study.pdf"],
    ["Board\r\nminutes.pdf", "Boardminutes.pdf"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["a\u2066b\u2069c\u200Fd\u200Ee\uFEFF.txt", "abcde.txt"],
    ["../../etc/passwd", "_._etc_passwd"],
    ["..\\..\\boot.ini", "_._boot.ini"],
    ["report..final...pdf", "report.final.pdf"],
    ["   spaced name.docx   ", "spaced name.docx"],
    [".htaccess", "htaccess"],
    ["trailing dots...", "trailing dots"],
    ["\u0000\u0007\r\n", "file"],
    ["..", "file"],
    [".pdf", "pdf"],
    ["\u202E", "file"],
    // NFC: "e" + combining acute becomes one "é".
    ["Cafe\u0301 plan.xlsx", "Café plan.xlsx"],
    ["Résumé – 2026 ✓.pdf", "Résumé – 2026 ✓.pdf"],
  ])("%j -> %j", (raw, expected) => {
    expect(normalizeFileName(raw)).toBe(expected);
  });

  it("caps the length and keeps the extension", () => {
    const long = `${"a".repeat(600)}.pdf`;
    const name = normalizeFileName(long);
    expect(name).toHaveLength(FILE_NAME_MAX_LENGTH);
    expect(name.endsWith("a.pdf")).toBe(true);
    // Code points, not UTF-16 units: an emoji is never cut in half.
    const emoji = normalizeFileName(`${"😀".repeat(300)}.txt`);
    expect(Array.from(emoji)).toHaveLength(FILE_NAME_MAX_LENGTH);
    expect(emoji.endsWith("😀.txt")).toBe(true);
  });

  it("is idempotent", () => {
    for (const raw of ["../x/..\\y..pdf", "  a\u202E..b . ", "x".repeat(400)]) expect(normalizeFileName(normalizeFileName(raw))).toBe(normalizeFileName(raw));
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback with quotes and backslashes escaped, and the exact name as filename*", () => {
    expect(contentDisposition("attachment", 'He said "hi" \\ bye.pdf')).toBe(
      `attachment; filename="He said \\"hi\\" _ bye.pdf"; filename*=UTF-8''He%20said%20%22hi%22%20_%20bye.pdf`,
    );
    expect(contentDisposition("inline", "Résumé (final)*'.pdf")).toBe(
      `inline; filename="Resume (final)*'.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%28final%29%2A%27.pdf`,
    );
  });

  it("never lets CR, LF or a bidi override into the header, whatever name is stored", () => {
    const header = contentDisposition("attachment", "evil\r\nSet-Cookie: a=b\u202Efdp.exe");
    expect(header).not.toMatch(/[\r\n\u202E]/);
    expect(header).toBe(`attachment; filename="evilSet-Cookie: a=bfdp.exe"; filename*=UTF-8''evilSet-Cookie%3A%20a%3Dbfdp.exe`);
    expect(new Headers({ "content-disposition": header }).get("content-disposition")).toBe(header);
  });

  it("non-Latin names fall back to underscores in filename and survive in filename*", () => {
    const header = contentDisposition("attachment", "環境影響評価.pdf");
    expect(header).toBe(`attachment; filename="______.pdf"; filename*=UTF-8''%E7%92%B0%E5%A2%83%E5%BD%B1%E9%9F%BF%E8%A9%95%E4%BE%A1.pdf`);
    expect(decodeURIComponent(header.split("''")[1]!)).toBe("環境影響評価.pdf");
  });
});
