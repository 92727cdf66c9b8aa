import { defineCronJob } from "@/lib/jobs/define-job";
import { notifySavedSearch, unsafeListNotifyingSavedSearches } from "@/lib/marketplace/saved-searches/notify-saved-searches";

/** Every 15 minutes: each saved search with notices on is run as its owner; new projects that fit it notify them. One step per search. */
export const notifySavedSearchesJob = defineCronJob({
  id: "notify-saved-searches",
  cron: "*/15 * * * *",
  async handler({ step, progress }) {
    const ids = await step.run("list-searches", () => unsafeListNotifyingSavedSearches());
    let told = 0;
    for (const [index, id] of ids.entries()) {
      told += await step.run(`search-${id}`, () => notifySavedSearch(id));
      await progress(index + 1, ids.length);
    }
    return { searches: ids.length, projectsTold: told };
  },
});
