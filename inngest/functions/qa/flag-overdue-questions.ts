import { defineCronJob } from "@/lib/jobs/define-job";
import { flagOverdueQuestions } from "@/lib/qa/flag-overdue-questions";

/** Every 15 minutes: waiting questions past their deadline are flagged breached and their assignees told, once each. */
export const flagOverdueQuestionsJob = defineCronJob({
  id: "flag-overdue-questions",
  cron: "*/15 * * * *",
  async handler({ step }) {
    return step.run("flag", () => flagOverdueQuestions());
  },
});
