import { getModelConfig } from "@/lib/ai/call-model-tool";
import { PII_DETECTION_PROMPT } from "@/lib/ai/prompts/pii-detection";
import { runAiTask, type AiActor } from "@/lib/ai/run-ai-task";
import { isAppError } from "@/lib/errors/app-error";
import { aiPiiOutputSchema } from "./ai-pii-output-schema";
import { chunkPages, describeChunk, renderChunk } from "./chunk-pages";
import { PII_TYPES, type PiiDetection } from "./detect-pii";
import { locateAiEntities } from "./locate-ai-entities";

/**
 * How the AI half of a scan went, for the audit entry and the review screen. "unavailable" means
 * part or all of the text went unchecked by the model; what it did answer before failing is kept.
 */
export type AiDetectionOutcome = {
  status: "used" | "not_configured" | "unavailable";
  calls: number;
  /** Quotes the model gave that are not on the page it named: dropped, counted to watch the prompt. */
  dropped: number;
  error: string | null;
};

type Request = { jobId: string; documentId: string; documentName: string; pages: { page: number; text: string }[] };

/**
 * Asks the model, chunk by chunk, for the personal data in the document; never throws. The first
 * failure (budget refused, outage after the SDK's retries, a malformed answer twice) stops the
 * scan: the next chunks would meet the same budget or outage, and the rules' findings must reach
 * review rather than wait. With no model configured, the offline analyser adds nothing: the
 * rules have already run, and a rule-based "AI" answer would only repeat them.
 */
export async function detectPiiWithAi(actor: AiActor, request: Request): Promise<{ detections: PiiDetection[]; outcome: AiDetectionOutcome }> {
  const detections: PiiDetection[] = [];
  const outcome: AiDetectionOutcome = { status: getModelConfig() ? "used" : "not_configured", calls: 0, dropped: 0, error: null };
  for (const chunk of chunkPages(request.pages)) {
    const pages = describeChunk(chunk);
    const shown = request.pages.filter((p) => chunk.some((part) => part.page === p.page));
    try {
      const run = await runAiTask({
        actor,
        agentType: "PII_REDACTION",
        taskType: PII_DETECTION_PROMPT.taskType,
        entity: { type: "RedactionJob", id: request.jobId },
        variables: { document_name: request.documentName, pages, pii_types: PII_TYPES.join(", "), document_text: renderChunk(chunk) },
        // Where the text came from, not the text: the log must not become a second copy of the personal data.
        input: { documentId: request.documentId, pages, characters: chunk.reduce((sum, part) => sum + part.text.length, 0) },
        outputSchema: aiPiiOutputSchema,
        tool: { name: "record_personal_data", description: "Record each item of personal data found, quoted exactly as written, with its page." },
        analyse: () => ({ entities: [] }),
      });
      const located = locateAiEntities(shown, run.output.entities, run.modelUsed);
      detections.push(...located.detections);
      outcome.calls += 1;
      outcome.dropped += located.dropped;
    } catch (error) {
      if (!isAppError(error)) console.error(`[redaction] AI detection for job ${request.jobId} failed on ${pages}:`, error);
      const reason = isAppError(error) ? error.message : "The AI call failed unexpectedly.";
      return { detections, outcome: { ...outcome, status: "unavailable", error: `AI detection stopped at ${pages}: ${reason}` } };
    }
  }
  return { detections, outcome };
}
