import { completeImprovementQuests } from "./ai/complete-improvement-quests";
import { rescoreSignal } from "./ai/rescore-signal";
import { scoreSignal } from "./ai/score-signal";
import { analyzeRedactionJob } from "./dataroom/analyze-redaction";
import { applyRedactionJob } from "./dataroom/apply-redaction";
import { processUploadedDocumentJob } from "./dataroom/process-uploaded-document";
import { evaluateBadges } from "./gamification/evaluate-badges";
import { refreshMilestoneDelays } from "./projects/refresh-milestone-delays";

/** Every job of the platform: served to Inngest and run by the embedded runner. */
export const jobs = [refreshMilestoneDelays, scoreSignal, rescoreSignal, processUploadedDocumentJob, analyzeRedactionJob, applyRedactionJob, completeImprovementQuests, evaluateBadges];
