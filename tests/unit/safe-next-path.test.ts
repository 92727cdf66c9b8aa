import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next-path";

describe("safeNextPath", () => {
  // Each would send the browser off the site: browsers drop tabs and newlines from URLs, read "\" as "/", and follow "//host".
  const hostile = [
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%0D/evil.example",
    "/%5Cevil.example",
    "/%5c%5cevil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%252F%252Fevil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " /dashboard",
    "/\u0000/evil.example",
    "/\u007f/evil.example",
    "/\u0085/evil.example",
    "/%E0%A4%A",
    "evil.example",
    "",
    `/${"a".repeat(3000)}`,
  ];
  it.each(hostile)("refuses %j", (value) => {
    expect(safeNextPath(value)).toBeUndefined();
  });

  it("refuses anything that is not one string", () => {
    expect(safeNextPath(undefined)).toBeUndefined();
    expect(safeNextPath(["/dashboard", "//evil.example"])).toBeUndefined();
    expect(safeNextPath(42)).toBeUndefined();
  });

  it.each([
    ["/dashboard", "/dashboard"],
    ["/projects?x=1#y", "/projects?x=1#y"],
    ["/projects/3f0c?tab=data-room&q=solar%20farm", "/projects/3f0c?tab=data-room&q=solar%20farm"],
    ["/dataroom/a/../b", "/dataroom/b"],
    ["/search?q=%2F%2Fnot-a-host", "/search?q=%2F%2Fnot-a-host"],
  ])("keeps the same-site path %j", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });
});
