import { describe, expect, it } from "vitest";
import { cleanSearchText, hasNoNul } from "@/lib/utils/free-text";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { isUuid, parseUuid } from "@/lib/utils/parse-uuid";

const MALFORMED = [
  "-".repeat(36),
  "a".repeat(36),
  "0123456789abcdef0123456789abcdef",
  "0123456789abcdef0123456789abcdef0123",
  "%E0%A4%A",
  "%E0%A4%A-0000-0000-0000-000000000000",
  "1b4e28ba-2fa1-11d2-883f-0016d3cca42\u0000",
  "1b4e28ba-2fa1-11d2-883f-0016d3cca427\u0000",
  " 1b4e28ba-2fa1-11d2-883f-0016d3cca427",
  "{1b4e28ba-2fa1-11d2-883f-0016d3cca427}",
  "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
  "1b4e28ba2fa1-11d2-883f-0016d3cca427-",
  "g b4e28ba-2fa1-11d2-883f-0016d3cca427",
  "",
];

describe("parseUuid", () => {
  it("accepts the RFC 4122 text form only, in canonical lower case", () => {
    expect(parseUuid("1B4E28BA-2FA1-11D2-883F-0016D3CCA427")).toBe("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    expect(parseUuid("00000000-0000-0000-0000-000000000000")).toBe("00000000-0000-0000-0000-000000000000");
    expect(isUuid("f47ac10b-58cc-4372-a567-0e02b2c3d479")).toBe(true);
  });

  it.each(MALFORMED)("refuses %j", (value) => {
    expect(parseUuid(value)).toBeNull();
    expect(isUuid(value)).toBe(false);
    expect(looksLikeUuid(value)).toBe(false);
  });

  it("refuses anything that is not a string", () => {
    for (const value of [null, undefined, 42, ["1b4e28ba-2fa1-11d2-883f-0016d3cca427"], {}]) expect(parseUuid(value)).toBeNull();
  });
});

describe("free text", () => {
  it("spots a NUL byte", () => {
    expect(hasNoNul("Due diligence")).toBe(true);
    expect(hasNoNul("Due\u0000diligence")).toBe(false);
  });

  it("turns control characters in a search into spaces and keeps the rest", () => {
    expect(cleanSearchText("grid\u0000study\u0007 ünïcode\ttab")).toBe("grid study  ünïcode\ttab");
  });
});
