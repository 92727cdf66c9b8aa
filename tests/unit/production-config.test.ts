import { afterEach, describe, expect, it } from "vitest";
import { getAuthMode } from "@/lib/auth/auth-mode";
import { productionConfigProblems } from "@/lib/config/production-config";
import { register } from "@/instrumentation";

const clerkKeys = { CLERK_SECRET_KEY: "sk_live_configured", NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_live_Y2xlcmsuc2NyLmV4YW1wbGUk" };
const realServices = { S3_BUCKET: "scr-files", AUTH_SECRET: "a-configured-secret-a-configured-secret-0123" };
const env = (values: Record<string, string>) => ({ NODE_ENV: "production", ...values }) as NodeJS.ProcessEnv;
const none = { embeddedFileStore: false, generatedAuthSecret: false };

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe("AUTH_MODE=local with Clerk keys", () => {
  it("is refused in production with a message that says what to change", () => {
    expect(() => getAuthMode(env({ AUTH_MODE: "local", ...clerkKeys }))).toThrow(/AUTH_MODE=local is set together with Clerk keys/);
    expect(productionConfigProblems(env({ AUTH_MODE: "local", ...clerkKeys, ...realServices }), none)).toEqual([expect.stringMatching(/Remove AUTH_MODE=local/)]);
  });

  it("still works outside production (tests, demos on npm run dev), and each alone works in production", () => {
    expect(getAuthMode({ NODE_ENV: "development", AUTH_MODE: "local", ...clerkKeys } as NodeJS.ProcessEnv)).toBe("local");
    expect(getAuthMode(env(clerkKeys))).toBe("clerk");
    expect(getAuthMode(env({ AUTH_MODE: "local" }))).toBe("local");
  });
});

describe("a production start on development stand-ins", () => {
  it("refuses the embedded file store and a generated AUTH_SECRET, naming both", () => {
    const problems = productionConfigProblems(env(clerkKeys), { embeddedFileStore: true, generatedAuthSecret: true });
    expect(problems).toEqual([expect.stringMatching(/embedded development store.*S3_BUCKET/), expect.stringMatching(/generated development secret.*AUTH_SECRET/)]);
  });

  it("accepts them with ALLOW_EMBEDDED_SERVICES=true, and nothing else counts as allowing", () => {
    const standIns = { embeddedFileStore: true, generatedAuthSecret: true };
    expect(productionConfigProblems(env({ ...clerkKeys, ALLOW_EMBEDDED_SERVICES: "true" }), standIns)).toEqual([]);
    expect(productionConfigProblems(env({ ...clerkKeys, ALLOW_EMBEDDED_SERVICES: "1" }), standIns)).toHaveLength(2);
  });

  it("accepts a real configuration", () => {
    expect(productionConfigProblems(env({ ...clerkKeys, ...realServices }), none)).toEqual([]);
  });

  it("reads the stand-ins from the marks the start scripts leave (S3_EMBEDDED, AUTH_SECRET_GENERATED)", () => {
    expect(productionConfigProblems(env({ ...clerkKeys, S3_EMBEDDED: "true", AUTH_SECRET_GENERATED: "true" }))).toHaveLength(2);
  });
});

describe("the server's startup hook (instrumentation.ts)", () => {
  it("stops a production `next start` on the embedded store unless allowed", async () => {
    Object.assign(process.env, { NODE_ENV: "production", NEXT_RUNTIME: "nodejs", AUTH_MODE: "local", S3_EMBEDDED: "true", CLERK_SECRET_KEY: "" });
    await expect(register()).rejects.toThrow(/Refusing to start in production[\s\S]*S3_BUCKET/);
    process.env.ALLOW_EMBEDDED_SERVICES = "true";
    await expect(register()).resolves.toBeUndefined();
  });

  it("stops it when AUTH_MODE=local meets Clerk keys", async () => {
    Object.assign(process.env, { NODE_ENV: "production", NEXT_RUNTIME: "nodejs", AUTH_MODE: "local", ...clerkKeys });
    await expect(register()).rejects.toThrow(/AUTH_MODE=local is set together with Clerk keys/);
  });

  it("leaves development alone", async () => {
    Object.assign(process.env, { NODE_ENV: "development", NEXT_RUNTIME: "nodejs", S3_EMBEDDED: "true", AUTH_SECRET_GENERATED: "true" });
    await expect(register()).resolves.toBeUndefined();
  });
});

describe("npm start", () => {
  it("refuses before starting anything when no bucket and no secret are configured", async () => {
    const { startLocalServices } = await import("@/scripts/lib/local-services");
    delete process.env.S3_BUCKET;
    delete process.env.AUTH_SECRET;
    Object.assign(process.env, { AUTH_MODE: "local", CLERK_SECRET_KEY: "" });
    // DATABASE_URL points nowhere: had the check come after the database, the error would be about that.
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
    await expect(startLocalServices({ seedWhenEmpty: false, production: true })).rejects.toThrow(/embedded development store[\s\S]*generated development secret/);
  });
});
