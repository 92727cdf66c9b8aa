/** npm run dev — the app on real services where configured, embedded defaults elsewhere. */
import { describeDatabaseFailure } from "../lib/db/describe-database-failure";
import { startLocalServices } from "./lib/local-services";
import { runNext } from "./lib/run-next";

const services = await startLocalServices({ seedWhenEmpty: true }).catch((error) => {
  console.error(describeDatabaseFailure(error));
  process.exit(1);
});
runNext("dev", services);
