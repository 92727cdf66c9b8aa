"use client";

import { Info, TriangleExclamationPoint, WifiOff } from "lucide-react";
import type { AssistantDataParts, AssistantNoticeKind, AssistantUIMessage } from "@/lib/assistant/assistant-message";
import { cn } from "@/lib/utils/cn";
import { AssistantMarkdown } from "./assistant-markdown";
import { AssistantSources } from "./assistant-sources";
import { AssistantToolSteps, toolSteps } from "./assistant-tool-steps";
import { messageCitations, messageText } from "./message-parts";

const NOTICE_STYLE: Record<AssistantNoticeKind, { box: string; icon: typeof Info }> = {
  offline: { box: "border-border bg-muted/60 text-muted-foreground", icon: WifiOff },
  "not-found": { box: "border-info/20 bg-info-soft text-info", icon: Info },
  budget: { box: "border-warning/20 bg-warning-soft text-warning", icon: TriangleExclamationPoint },
  "rate-limit": { box: "border-warning/20 bg-warning-soft text-warning", icon: TriangleExclamationPoint },
  "step-limit": { box: "border-warning/20 bg-warning-soft text-warning", icon: TriangleExclamationPoint },
  error: { box: "border-danger/20 bg-danger-soft text-danger", icon: TriangleExclamationPoint },
};

type MessageViewProps = { message: AssistantUIMessage; streaming: boolean; onNavigate: () => void };

export function AssistantMessageView({ message, streaming, onNavigate }: MessageViewProps) {
  if (message.role === "user") {
    return (
      <div className="flex justify-end" data-testid="assistant-user-message">
        <p className="max-w-[85%] rounded-lg rounded-br-sm bg-primary px-3 py-2 text-sm leading-relaxed break-words whitespace-pre-wrap text-primary-foreground">
          {messageText(message)}
        </p>
      </div>
    );
  }
  const citations = messageCitations(message);
  const text = messageText(message);
  const notices = message.parts.flatMap((part) => (part.type === "data-notice" ? [part.data] : []));
  // "This is the offline assistant" frames everything under it, so it comes first.
  const offline = notices.filter((notice) => notice.kind === "offline");
  const others = notices.filter((notice) => notice.kind !== "offline");
  return (
    <article className="grid gap-3" aria-label="Ralph's answer" data-testid="assistant-answer">
      {offline.map((notice, index) => (
        <Notice key={`offline-${index}`} notice={notice} />
      ))}
      <AssistantToolSteps steps={toolSteps(message)} stopped={!streaming} />
      {others.map((notice, index) => (
        <Notice key={index} notice={notice} />
      ))}
      {text ? <AssistantMarkdown text={text} citations={citations} onNavigate={onNavigate} /> : null}
      {citations.size ? <AssistantSources citations={[...citations.values()].sort((a, b) => a.n - b.n)} onNavigate={onNavigate} /> : null}
    </article>
  );
}

function Notice({ notice }: { notice: AssistantDataParts["notice"] }) {
  const style = NOTICE_STYLE[notice.kind] ?? NOTICE_STYLE.error;
  const Icon = style.icon;
  return (
    <p className={cn("flex gap-2 rounded-md border px-3 py-2 text-xs leading-relaxed", style.box)} data-testid="assistant-notice" data-kind={notice.kind}>
      <Icon aria-hidden className="mt-px size-3.5 shrink-0" />
      <span className="text-foreground/80">{notice.message}</span>
    </p>
  );
}
