import { type InferUIMessageChunk, readUIMessageStream, type UIMessageStreamWriter } from "ai";
import type { AssistantCitation, AssistantNoticeKind, AssistantUIMessage } from "./assistant-message";
import type { CitationBook } from "./tools/citation-book";

export type AssistantChunk = InferUIMessageChunk<AssistantUIMessage>;

/**
 * Everything a turn sends goes through here: to the client, and into a record from which the
 * stored message is rebuilt by the SDK's own reader, so the history holds exactly what streamed.
 */
export class TurnWriter {
  private readonly chunks: AssistantChunk[] = [];
  private texts = 0;

  constructor(
    private readonly writer: UIMessageStreamWriter<AssistantUIMessage>,
    private readonly book: CitationBook,
  ) {}

  write(chunk: AssistantChunk): void {
    this.chunks.push(chunk);
    this.writer.write(chunk);
  }

  notice(kind: AssistantNoticeKind, message: string): void {
    this.write({ type: "data-notice", id: `notice-${kind}`, data: { kind, message } });
  }

  /** The sources the tools have read since the last call, each as its data-citation part. */
  citations(): AssistantCitation[] {
    const fresh = this.book.fresh();
    for (const citation of fresh) this.write({ type: "data-citation", id: `citation-${citation.n}`, data: citation });
    return fresh;
  }

  /** Text written in a few pieces, as a model's would arrive. */
  text(text: string): void {
    const id = `text-${++this.texts}`;
    this.write({ type: "text-start", id });
    for (const piece of text.match(/[^\n]*\n*|[\s\S]+/g)?.filter(Boolean) ?? [text]) this.write({ type: "text-delta", id, delta: piece });
    this.write({ type: "text-end", id });
  }

  async message(): Promise<AssistantUIMessage> {
    const chunks = this.chunks;
    const stream = new ReadableStream<AssistantChunk>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    let last: AssistantUIMessage | undefined;
    for await (const message of readUIMessageStream<AssistantUIMessage>({ stream })) last = message;
    if (!last) throw new Error("The turn wrote no message.");
    return last;
  }
}
