import { describe, expect, it } from "vitest";
import { DEV_FERNET_KEY, FernetError, fernetDecrypt, fernetEncrypt, generateFernetKey, resolveFernetKey } from "@/lib/crypto/fernet";

// The published vector of the Fernet spec (generate.json / verify.json).
const SPEC = {
  secret: "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=",
  now: new Date("1985-10-26T01:20:00-07:00"),
  iv: Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),
  src: "hello",
  token: "gAAAAAAdwJ6wAAECAwQFBgcICQoLDA0ODy021cpGVWKZ_eEwCGM4BLLF_5CV9dOPmrhuVUPgJobwOz7JcbmrR64jVmpU4IwqDA==",
};

function flipByte(token: string, index: number): string {
  const bytes = Buffer.from(token, "base64url");
  bytes[index] ^= 0x01;
  return bytes.toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

describe("fernet", () => {
  it("produces the spec's token for its key, time, IV and plaintext, and decrypts it back", () => {
    expect(fernetEncrypt(SPEC.src, { key: SPEC.secret, now: SPEC.now, iv: SPEC.iv })).toBe(SPEC.token);
    expect(fernetDecrypt(SPEC.token, { key: SPEC.secret, ttlSeconds: 60, now: new Date(SPEC.now.getTime() + 1000) })).toBe("hello");
  });

  it("round-trips unicode with a fresh key and a random IV", () => {
    const key = generateFernetKey();
    const secret = "hubspot-refresh-token · Río Blanco ✓";
    const first = fernetEncrypt(secret, { key });
    expect(first).not.toBe(fernetEncrypt(secret, { key }));
    expect(fernetDecrypt(first, { key })).toBe(secret);
  });

  it("rejects a token whose ciphertext, IV or signature was tampered with, and the wrong key", () => {
    const token = fernetEncrypt("salesforce-access-token", { key: SPEC.secret });
    for (const index of [5, 12, 30, 60]) expect(() => fernetDecrypt(flipByte(token, index), { key: SPEC.secret })).toThrow(FernetError);
    expect(() => fernetDecrypt(token, { key: generateFernetKey() })).toThrow(/signature/);
    expect(() => fernetDecrypt(token.slice(0, 40), { key: SPEC.secret })).toThrow(FernetError);
    expect(() => fernetDecrypt(`${token}!`, { key: SPEC.secret })).toThrow(FernetError);
  });

  it("enforces the TTL and refuses tokens from the future", () => {
    expect(() => fernetDecrypt(SPEC.token, { key: SPEC.secret, ttlSeconds: 60, now: new Date(SPEC.now.getTime() + 61_000) })).toThrow(/expired/);
    expect(() => fernetDecrypt(SPEC.token, { key: SPEC.secret, ttlSeconds: 60, now: new Date(SPEC.now.getTime() - 120_000) })).toThrow(/future/);
  });

  it("uses FERNET_KEY when set, and never the dev key in production", () => {
    expect(resolveFernetKey({ FERNET_KEY: SPEC.secret })).toBe(SPEC.secret);
    expect(resolveFernetKey({ NODE_ENV: "test" })).toBe(DEV_FERNET_KEY);
    expect(() => resolveFernetKey({ NODE_ENV: "production" })).toThrow(/FERNET_KEY/);
  });
});
