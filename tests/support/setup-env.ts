import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
/** The owner's connection, for the few tests that inspect or create databases rather than use one. */
process.env.OWNER_DATABASE_URL = inject("ownerDatabaseUrl");
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
// pglite-socket serves every connection from one PGlite session, and concurrent statements on
// several connections can interleave ("portal does not exist"): one connection per worker there.
process.env.DATABASE_POOL_SIZE ??= inject("embeddedDatabase") ? "1" : "4";
// Writes would otherwise queue debounced Signal Score runs that idle() waits minutes for;
// tests/integration/automatic-rescore.test.ts turns it back on with a short debounce.
process.env.AUTO_RESCORE ??= "off";
// Webhook tests receive on 127.0.0.1; the SSRF tests pass a policy without it explicitly.
process.env.WEBHOOK_ALLOW_LOOPBACK ??= "true";
