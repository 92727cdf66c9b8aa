import { describe, expect, it } from "vitest";
import { detectPii, type PiiType } from "@/lib/dataroom/redaction/detect-pii";
import { isValidIban } from "@/lib/dataroom/redaction/iban";

const found = (text: string, type?: PiiType) =>
  detectPii([{ page: 1, text }])
    .filter((d) => !type || d.type === type)
    .map((d) => d.text);

describe("PII detection rules", () => {
  it("emails: found, with offsets into the page text", () => {
    const text = "Send the signed copy to j.wanjiru@helios-renewables.example today.";
    const [email] = detectPii([{ page: 3, text }]);
    expect(email).toMatchObject({ type: "EMAIL", text: "j.wanjiru@helios-renewables.example", page: 3, confidence: 0.99 });
    expect(text.slice(email!.start, email!.end)).toBe(email!.text);
    expect(found("Reply at name@ or @handle or user@localhost", "EMAIL")).toEqual([]);
  });

  it("IBANs: only those passing the mod-97 check and the country's length", () => {
    expect(found("Pay to GB82 WEST 1234 5698 7654 32 by Friday.", "IBAN")).toEqual(["GB82 WEST 1234 5698 7654 32"]);
    expect(found("IBAN DE89370400440532013000.", "IBAN")).toEqual(["DE89370400440532013000"]);
    expect(found("Pay to GB82 WEST 1234 5698 7654 33 by Friday.", "IBAN")).toEqual([]);
    expect(isValidIban("DE8937040044053201300")).toBe(false);
    expect(isValidIban("XX82WEST12345698765432")).toBe(false);
  });

  it("phone numbers: international and local, not dates, amounts or short numbers", () => {
    expect(found("Call +254 722 123 456 or (020) 555 1234.", "PHONE")).toEqual(["+254 722 123 456", "(020) 555 1234"]);
    expect(found("Signed on 2026-03-19; capex USD 41 000 000; 12 turbines; ref 12-34.", "PHONE")).toEqual([]);
  });

  it("account numbers: only when labelled", () => {
    expect(found("Account no: 0123456789 at KCB.", "ACCOUNT_NUMBER")).toEqual(["0123456789"]);
    expect(found("A/C 1100 2233 4455", "ACCOUNT_NUMBER")).toEqual(["1100 2233 4455"]);
    expect(found("The plant produced 0123456789 kWh.", "ACCOUNT_NUMBER")).toEqual([]);
  });

  it("national ids: SSN, KRA PIN and labelled ids; invalid SSN blocks are not", () => {
    expect(found("SSN 123-45-6789, KRA PIN A012345678Z, passport no: K1234567", "NATIONAL_ID")).toEqual(["123-45-6789", "A012345678Z", "K1234567"]);
    expect(found("Codes 000-12-3456 and 123-00-4567 are not issued.", "NATIONAL_ID")).toEqual([]);
  });

  it("names: after an honorific or a label; ordinary capitalised words are not", () => {
    expect(found("Meeting with Dr. Amina Odhiambo and Mr Peter Kamau.", "PERSON_NAME")).toEqual(["Amina Odhiambo", "Peter Kamau"]);
    expect(found("Signed by: Grace Wanjiru", "PERSON_NAME")).toEqual(["Grace Wanjiru"]);
    expect(found("The Turkana Solar Park Project Company Limited.", "PERSON_NAME")).toEqual([]);
  });

  it("addresses: street addresses and P.O. boxes, not sentences with numbers", () => {
    expect(found("Office at 14 Riverside Drive, Nairobi; post to P.O. Box 30099-00100, Nairobi.", "ADDRESS")).toEqual([
      "14 Riverside Drive",
      "P.O. Box 30099-00100, Nairobi",
    ]);
    expect(found("We installed 40 Turbines along the ridge.", "ADDRESS")).toEqual([]);
  });

  it("reports a span once, and gives stable ids", () => {
    const text = "Contact: ops@helios.example, +254 722 123 456";
    const first = detectPii([{ page: 1, text }]);
    expect(first.map((d) => d.type)).toEqual(["EMAIL", "PHONE"]);
    expect(detectPii([{ page: 1, text }]).map((d) => d.id)).toEqual(first.map((d) => d.id));
  });
});
