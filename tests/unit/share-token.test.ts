import { createHmac, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { signShareToken, verifyShareToken, type ShareTokenClaims } from "@/lib/dataroom/share/share-token";

const claims = (overrides: Partial<ShareTokenClaims> = {}): ShareTokenClaims => ({
  documentId: randomUUID(),
  orgId: randomUUID(),
  sharedLogId: randomUUID(),
  recipientEmail: "lender@bank.example",
  expiresAt: new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000),
  ...overrides,
});

/** Re-encodes one byte of the signed part, as someone editing the link would. */
function flipPayloadByte(token: string, index: number): string {
  const [payload, signature] = token.split(".");
  const bytes = Buffer.from(payload!, "base64url");
  bytes[index] = bytes[index]! ^ 0x01;
  return `${bytes.toString("base64url")}.${signature}`;
}

const originalSecret = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = originalSecret;
});

describe("share link token", () => {
  it("round-trips every claim, in a URL-safe token", () => {
    const issued = claims({ recipientEmail: "josé@bank.example" });
    const token = signShareToken(issued);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyShareToken(token)).toEqual(issued);
  });

  it("refuses a token at and after its expiry, not before", () => {
    const issued = claims();
    const token = signShareToken(issued);
    expect(verifyShareToken(token, new Date(issued.expiresAt.getTime() - 1000))).toEqual(issued);
    expect(verifyShareToken(token, issued.expiresAt)).toBeNull();
    expect(verifyShareToken(token, new Date(issued.expiresAt.getTime() + 1000))).toBeNull();
  });

  it("refuses a token whose document, org, log row, expiry or recipient was altered", () => {
    const token = signShareToken(claims());
    for (const index of [1, 17, 33, 52, 60]) expect(verifyShareToken(flipPayloadByte(token, index))).toBeNull();
  });

  it("refuses a token signed with another secret, or with the raw secret instead of the derived key", () => {
    const issued = claims();
    process.env.AUTH_SECRET = "another-secret-another-secret-another-secret";
    const foreign = signShareToken(issued);
    process.env.AUTH_SECRET = originalSecret;
    expect(verifyShareToken(foreign)).toBeNull();

    const [payload] = signShareToken(issued).split(".");
    const rawKeySignature = createHmac("sha256", originalSecret!).update(Buffer.from(payload!, "base64url")).digest("base64url");
    expect(verifyShareToken(`${payload}.${rawKeySignature}`)).toBeNull();
  });

  it("refuses garbage, a missing or truncated signature, padding and non-canonical encodings", () => {
    const token = signShareToken(claims());
    const [payload, signature] = token.split(".");
    expect(verifyShareToken("")).toBeNull();
    expect(verifyShareToken("not-a-token")).toBeNull();
    expect(verifyShareToken(`${payload}.`)).toBeNull();
    expect(verifyShareToken(`${payload}.${signature!.slice(0, 20)}`)).toBeNull();
    expect(verifyShareToken(`${token}.extra`)).toBeNull();
    expect(verifyShareToken(`${payload}=.${signature}`)).toBeNull();
    expect(verifyShareToken(`${payload}.${signature}=`)).toBeNull();
    expect(verifyShareToken(`${payload}.${signature!.replace(/.$/, (c) => (c === "A" ? "B" : "A"))}`)).toBeNull();
  });

  it("refuses a token of another format version even when correctly signed", () => {
    const [payload] = signShareToken(claims()).split(".");
    const bytes = Buffer.from(payload!, "base64url");
    bytes[0] = 2;
    const key = createHmac("sha256", originalSecret!).update("scr-platform/dataroom-share-link/v1").digest();
    const resigned = `${bytes.toString("base64url")}.${createHmac("sha256", key).update(bytes).digest("base64url")}`;
    expect(verifyShareToken(resigned)).toBeNull();
    bytes[0] = 1;
    const control = `${bytes.toString("base64url")}.${createHmac("sha256", key).update(bytes).digest("base64url")}`;
    expect(verifyShareToken(control)).not.toBeNull();
  });

  it("needs AUTH_SECRET: without one it fails as a configuration error, never unsigned", () => {
    delete process.env.AUTH_SECRET;
    expect(() => signShareToken(claims())).toThrow(expect.objectContaining({ code: "CONFIGURATION" }));
  });
});
