/**
 * A text PDF for the redaction benchmark: every page a short letter holding personal data of each
 * kind the offline rules find (a name, an email, a phone number, a valid IBAN, a labelled account
 * number, a street address), different on every page, so analysis and redaction do real work.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";

/** A valid IBAN (mod-97 check digits) for a UK-style BBAN built from the page number. */
function ibanFor(page: number): string {
  const bban = `WEST${String(123456 + page).padStart(6, "0")}${String(10_000_000 + page * 7).slice(-8)}`;
  const numeric = `${bban}GB00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const check = 98 - Number(BigInt(numeric) % 97n);
  return `GB${String(check).padStart(2, "0")}${bban}`.replace(/(.{4})/g, "$1 ").trim();
}

const NAMES = ["Wanjiru Kamau", "Otieno Odhiambo", "Amina Hassan", "Kipchoge Rotich", "Njeri Mwangi", "Baraka Mutua"];

export function pageLines(page: number): string[] {
  const name = NAMES[page % NAMES.length];
  const [first, last] = name.split(" ");
  return [
    `Schedule ${page}: landowner consent and payment instructions`,
    `Landowner: Mr ${name}, of ${10 + (page % 90)} Moi Avenue, Nairobi.`,
    `Contact: ${first.toLowerCase()}.${last.toLowerCase()}${page}@landowners.example or +254 722 ${String(100_000 + page).slice(-6, -3)} ${String(100_000 + page).slice(-3)}.`,
    `Lease payments are made to IBAN ${ibanFor(page)}.`,
    `Escrow account number: ${4_000_000_000 + page * 13}.`,
    "The consent covers the wayleave for the 33 kV line and access for construction vehicles,",
    "and lapses if financial close has not happened within twenty-four months of signature.",
  ];
}

export async function redactionPdf(pages: number): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) {
    const sheet = pdf.addPage([595, 842]);
    pageLines(page).forEach((line, i) => sheet.drawText(line, { x: 50, y: 780 - i * 18, size: 11, font }));
  }
  return new Uint8Array(await pdf.save());
}
