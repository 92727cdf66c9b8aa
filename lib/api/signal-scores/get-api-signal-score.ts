import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { signalScoreAccess } from "@/lib/signal-score/access";
import { getSignalScoreView } from "@/lib/signal-score/get-signal-score-view";
import { assertApiFeature } from "../assert-api-feature";
import type { ApiSignalScore } from "./signal-score-schema";

/** The Signal Score page's own view, less what is a person's (their rating) or the page's (chart history, evidence excerpts). */
export async function getApiSignalScore(actor: ApiKeyActor, projectId: string): Promise<ApiSignalScore> {
  await assertApiFeature(actor, signalScoreAccess.read);
  const view = await getSignalScoreView(actor, projectId);
  const current = view.current && {
    id: view.current.id,
    version: view.current.version,
    status: view.current.status,
    overall: view.current.overall,
    createdAt: view.current.createdAt,
    modelVersion: view.current.modelVersion,
    narrative: view.current.narrative,
    dimensions: view.current.dimensions.map(({ key, label, weightPct, score }) => ({ key: key as ApiSignalScoreKey, label, weightPct, score })),
  };
  return { projectId: view.project.id, current, running: view.running, failed: view.failed };
}

type ApiSignalScoreKey = NonNullable<ApiSignalScore["current"]>["dimensions"][number]["key"];
