import { z } from "zod";
import { defineApiOperation } from "../define-api-operation";
import { apiSignalScoreSchema } from "./signal-score-schema";

export const getSignalScoreOperation = defineApiOperation({
  id: "getSignalScore",
  method: "GET",
  path: "/projects/{projectId}/signal-score",
  scope: "scores:read",
  tag: "Signal Scores",
  summary: "Get a project's latest Signal Score with its dimensions",
  description:
    "The newest completed version with its five dimension scores, and any version running or failed after it. A developer's (ALLY org's) own " +
    "projects only: another kind of org's key, and another org's project, get 404; 403 when the org's Signal score feature is off.",
  params: z.object({ projectId: z.uuid().meta({ description: "The project's id." }) }),
  response: z.object({ data: apiSignalScoreSchema }),
});
