/**
 * npm start — serves a `next build`. Same services as dev, but the embedded file store and a
 * generated AUTH_SECRET only with ALLOW_EMBEDDED_SERVICES=true; local sign-in stays refused in
 * production unless AUTH_MODE=local is set explicitly, and refused with Clerk keys (see README).
 */
import { describeDatabaseFailure } from "../lib/db/describe-database-failure";
import { startLocalServices } from "./lib/local-services";
import { runNext } from "./lib/run-next";

const services = await startLocalServices({ seedWhenEmpty: process.env.SEED_DEMO_DATA === "1", production: true }).catch((error) => {
  console.error(describeDatabaseFailure(error));
  process.exit(1);
});
runNext("start", services);
