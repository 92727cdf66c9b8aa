import { db } from "@/lib/db/client";
import type { AiAgentType, AiTaskStatus, Prisma } from "@/lib/db/generated/client";
import { costUsd } from "./price-table";
import type { AiActor } from "./run-ai-task";

/** Inputs can be whole documents: the log keeps enough to see what was asked, not a second copy. */
export const LOG_INPUT_LIMIT = 8_000;

export function truncateForLog(value: unknown): Prisma.InputJsonValue {
  const json = JSON.stringify(value ?? null);
  if (json.length <= LOG_INPUT_LIMIT) return JSON.parse(json) as Prisma.InputJsonValue;
  return { truncated: true, originalLength: json.length, preview: json.slice(0, LOG_INPUT_LIMIT) };
}

export type AiTaskLogEntry = {
  actor: AiActor;
  agentType: AiAgentType;
  entity: { type: string; id: string } | null;
  status: AiTaskStatus;
  input: Prisma.InputJsonValue;
  output?: unknown;
  error?: string;
  model: string;
  tokensInput: number | null;
  tokensOutput: number | null;
};

export async function recordAiTaskLog(entry: AiTaskLogEntry) {
  const cost = costUsd(entry.model, entry.tokensInput ?? 0, entry.tokensOutput ?? 0);
  return db.aiTaskLog.create({
    data: {
      orgId: entry.actor.org.id,
      agentType: entry.agentType,
      entityType: entry.entity?.type ?? null,
      entityId: entry.entity?.id ?? null,
      status: entry.status,
      inputData: entry.input,
      outputData: entry.output === undefined ? undefined : (JSON.parse(JSON.stringify(entry.output)) as Prisma.InputJsonValue),
      errorMessage: entry.error ?? null,
      modelUsed: entry.model,
      tokensInput: entry.tokensInput,
      tokensOutput: entry.tokensOutput,
      costUsd: cost,
      triggeredBy: entry.actor.user?.id ?? null,
    },
    select: { id: true, costUsd: true },
  });
}
