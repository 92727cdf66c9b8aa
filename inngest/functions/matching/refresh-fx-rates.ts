import { refreshEcbRates } from "@/lib/fx/refresh-ecb-rates";
import { defineCronJob } from "@/lib/jobs/define-job";

/** Daily at 16:15 UTC, after the ECB publishes (about 16:00 CET on TARGET business days): the new day's reference rates. */
export const refreshFxRatesJob = defineCronJob({
  id: "refresh-fx-rates",
  cron: "15 16 * * *",
  async handler({ step }) {
    return step.run("refresh-ecb-rates", () => refreshEcbRates());
  },
});
