import { parseJsonEventStream, readUIMessageStream, type UIMessageChunk, uiMessageChunkSchema } from "ai";
import type { AssistantUIMessage } from "@/lib/assistant/assistant-message";

/** Reads a UI message stream response as the panel's useChat does: the chunks in order and the message they build. */
export async function readAssistantResponse(response: Response): Promise<{ chunks: UIMessageChunk[]; message: AssistantUIMessage }> {
  const chunks: UIMessageChunk[] = [];
  const parsed = parseJsonEventStream({ stream: response.body!, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream({
      transform(part, controller) {
        if (!part.success) throw part.error;
        chunks.push(part.value as UIMessageChunk);
        controller.enqueue(part.value);
      },
    }),
  );
  let message: AssistantUIMessage | undefined;
  for await (const snapshot of readUIMessageStream<AssistantUIMessage>({ stream: parsed as ReadableStream<never>, terminateOnError: true })) message = snapshot;
  if (!message) throw new Error("The response streamed no message.");
  return { chunks, message };
}
