/** npm run dev — the app on real services where configured, embedded defaults elsewhere. */
import { describeDatabaseFailure } from "../lib/db/describe-database-failure";
import { startLocalServices } from "./lib/local-services";
import { runNext } from "./lib/run-next";

const services = await startLocalServices({ seedWhenEmpty: true }).catch((error) => {
  console.error(describeDatabaseFailure(error));
  process.exit(1);
});
// On a developer's own machine the receiver under test is usually on localhost: let webhooks reach
// loopback (never private networks) unless told otherwise.
// The demo's history reaches back more than a year: retention only counts here unless asked.
runNext("dev", services, { WEBHOOK_ALLOW_LOOPBACK: process.env.WEBHOOK_ALLOW_LOOPBACK ?? "true", RETENTION: process.env.RETENTION ?? "dry-run" });
