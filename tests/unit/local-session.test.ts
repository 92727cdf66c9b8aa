import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signLocalSession, verifyLocalSession } from "@/lib/auth/local-session";

describe("local session cookie", () => {
  it("round-trips the user id", async () => {
    const token = await signLocalSession("8c0f4f3e-4c55-4f5e-9a57-3f7b5c2d9e10");
    expect(await verifyLocalSession(token)).toBe("8c0f4f3e-4c55-4f5e-9a57-3f7b5c2d9e10");
  });

  it("rejects an expired session", async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("someone")
      .setIssuer("scr-local")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(process.env.AUTH_SECRET));
    expect(await verifyLocalSession(token)).toBeNull();
  });

  it("rejects a token signed with another secret, a tampered token and garbage", async () => {
    const foreign = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("someone")
      .setIssuer("scr-local")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("another-secret-another-secret-another-secret"));
    const valid = await signLocalSession("user-a");
    const [header, , signature] = valid.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ sub: "user-b", iss: "scr-local", exp: 9999999999 })).toString("base64url");
    expect(await verifyLocalSession(foreign)).toBeNull();
    expect(await verifyLocalSession(`${header}.${forgedPayload}.${signature}`)).toBeNull();
    expect(await verifyLocalSession("not-a-jwt")).toBeNull();
    expect(await verifyLocalSession(undefined)).toBeNull();
  });
});
