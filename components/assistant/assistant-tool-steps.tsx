import { CircleCheck, CircleX, LoaderCircle } from "lucide-react";
import type { AssistantUIMessage } from "@/lib/assistant/assistant-message";
import { doneLabel, runningLabel } from "./tool-step-label";

export type ToolStep = { id: string; name: string; state: string; input: unknown; output: unknown; errorText?: string };

/** The tool calls of a message, in order: `tool-<name>` parts (and dynamic ones, should the server send any). */
export function toolSteps(message: AssistantUIMessage): ToolStep[] {
  return message.parts.flatMap((part) => {
    if (part.type === "dynamic-tool")
      return [{ id: part.toolCallId, name: part.toolName, state: part.state, input: part.input, output: part.output, errorText: part.errorText }];
    if (!part.type.startsWith("tool-") || !("toolCallId" in part)) return [];
    const tool = part as { toolCallId: string; state: string; input?: unknown; output?: unknown; errorText?: string };
    return [{ id: tool.toolCallId, name: part.type.slice("tool-".length), state: tool.state, input: tool.input, output: tool.output, errorText: tool.errorText }];
  });
}

/** What Ralph looked at, step by step, as it happens: a spinner while a tool runs, then what it found. */
export function AssistantToolSteps({ steps, stopped }: { steps: ToolStep[]; stopped: boolean }) {
  if (steps.length === 0) return null;
  return (
    <ol className="grid gap-1.5 rounded-md border border-border bg-muted/50 px-3 py-2 text-xs" aria-label="Steps">
      {steps.map((step) => {
        const failed = step.state === "output-error" || step.state === "output-denied";
        const done = step.state === "output-available";
        const running = !done && !failed && !stopped;
        return (
          <li key={step.id} className="flex items-start gap-2" data-testid="assistant-tool-step" data-state={step.state}>
            {running ? (
              <LoaderCircle aria-hidden className="mt-px size-3.5 shrink-0 animate-spin text-brand-600" />
            ) : failed || !done ? (
              <CircleX aria-hidden className="mt-px size-3.5 shrink-0 text-danger" />
            ) : (
              <CircleCheck aria-hidden className="mt-px size-3.5 shrink-0 text-success" />
            )}
            <span className="min-w-0">
              <span className="text-foreground">{runningLabel(step.name, step.input).replace(/…$/, running ? "…" : "")}</span>
              {done ? <span className="text-muted-foreground"> · {doneLabel(step.name, step.output)}</span> : null}
              {failed ? <span className="text-danger"> · could not be run</span> : null}
              {!done && !failed && stopped ? <span className="text-muted-foreground"> · stopped</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
