import type { JobDefinition } from "@/lib/jobs/define-job";
import { completeImprovementQuests } from "./ai/complete-improvement-quests";
import { rescoreSignal } from "./ai/rescore-signal";
import { scoreSignal } from "./ai/score-signal";
import { analyzeRedactionJob } from "./dataroom/analyze-redaction";
import { checkCovenantsDailyJob } from "./covenants/check-covenants-daily";
import { recheckCovenantsOnFlowJob, recheckCovenantsOnKpiJob } from "./covenants/recheck-covenants";
import { screenDeal } from "./deal-screening/screen-deal";
import { applyRedactionJob } from "./dataroom/apply-redaction";
import { processUploadedDocumentJob } from "./dataroom/process-uploaded-document";
import { evaluateBadges } from "./gamification/evaluate-badges";
import { generateInvestmentMemoJob } from "./investment-memos/generate-investment-memo";
import { notifyProjectWatchersJob } from "./marketplace/notify-project-watchers";
import { recomputeAllMatchesJob } from "./matching/recompute-all-matches";
import { refreshFxRatesJob } from "./matching/refresh-fx-rates";
import { rescoreMandateMatches } from "./matching/rescore-mandate-matches";
import { rescoreProjectMatches } from "./matching/rescore-project-matches";
import { notifySavedSearchesJob } from "./marketplace/notify-saved-searches";
import { notifyDocumentSharedJob } from "./notifications/notify-document-shared";
import { notifyRedactionReadyJob } from "./notifications/notify-redaction-ready";
import { notifySignalScoreCompletedJob } from "./notifications/notify-signal-score-completed";
import { sendNotificationEmailJob } from "./notifications/send-notification-email";
import { sendWeeklyDigestJob } from "./notifications/send-weekly-digest";
import { applyRetentionJob } from "./operations/apply-retention";
import { sweepStuckWorkJob } from "./operations/sweep-stuck-work";
import { refreshMilestoneDelays, sweepMilestoneDelays } from "./projects/refresh-milestone-delays";
import { flagOverdueQuestionsJob } from "./qa/flag-overdue-questions";
import { backfillPortfolioSnapshotsJob } from "./portfolios/backfill-portfolio-snapshots";
import { snapshotPortfolioMetricsJob } from "./portfolios/snapshot-portfolio-metrics";
import { deliverWebhooksJob } from "./webhooks/deliver-webhooks";
import { retryWebhookDeliveriesJob } from "./webhooks/retry-webhook-deliveries";

/**
 * Every job of the platform: the registry. Imported only at the edges (the Inngest route, the
 * worker entry, test setup), never by lib/.
 */
export const jobs: readonly JobDefinition[] = [
  processUploadedDocumentJob,
  analyzeRedactionJob,
  applyRedactionJob,
  scoreSignal,
  rescoreSignal,
  evaluateBadges,
  completeImprovementQuests,
  refreshMilestoneDelays,
  sweepMilestoneDelays,
  sweepStuckWorkJob,
  notifyRedactionReadyJob,
  notifySignalScoreCompletedJob,
  notifyDocumentSharedJob,
  sendNotificationEmailJob,
  sendWeeklyDigestJob,
  notifyProjectWatchersJob,
  rescoreProjectMatches,
  rescoreMandateMatches,
  recomputeAllMatchesJob,
  refreshFxRatesJob,
  notifySavedSearchesJob,
  flagOverdueQuestionsJob,
  screenDeal,
  generateInvestmentMemoJob,
  checkCovenantsDailyJob,
  recheckCovenantsOnFlowJob,
  recheckCovenantsOnKpiJob,
  snapshotPortfolioMetricsJob,
  backfillPortfolioSnapshotsJob,
  deliverWebhooksJob,
  retryWebhookDeliveriesJob,
  applyRetentionJob,
];
