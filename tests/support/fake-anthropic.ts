import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** `sse`: the reply is a Messages API event stream (stream: true) of these events instead of a JSON body. */
export type FakeReply = { status?: number; headers?: Record<string, string>; body: unknown; sse?: readonly { type: string }[] };
export type RecordedRequest = { path: string; headers: IncomingMessage["headers"]; body: Record<string, unknown> };
/** A fixed reply, or one computed from the request (e.g. by the tool it forces). */
export type FakeResponder = FakeReply | ((request: RecordedRequest) => FakeReply);

/**
 * A loopback stand-in for the Anthropic Messages API: replies are queued by the test (the last
 * one repeats), requests are recorded. The real SDK talks to it through `baseURL`.
 */
export async function startFakeAnthropic() {
  const replies: FakeResponder[] = [];
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = { path: req.url ?? "", headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") };
    requests.push(request);
    const responder = replies.length > 1 ? replies.shift()! : replies[0];
    const reply = typeof responder === "function" ? responder(request) : responder;
    if (!reply) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ type: "error", error: { type: "api_error", message: "no reply queued" } }));
      return;
    }
    if (reply.sse) {
      res.writeHead(reply.status ?? 200, { "content-type": "text/event-stream", "cache-control": "no-cache", ...reply.headers });
      for (const event of reply.sse) res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      res.end();
      return;
    }
    res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    reply: (...next: FakeResponder[]) => replies.push(...next),
    reset: () => {
      replies.length = 0;
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let messageCount = 0;

/** A Messages API answer that calls `tool` with `input`. */
export function toolUseReply(tool: string, input: unknown, usage = { input_tokens: 1_000, output_tokens: 200 }, model = "claude-sonnet-4-5-20250929"): FakeReply {
  messageCount += 1;
  return {
    body: {
      id: `msg_fake_${messageCount}`,
      type: "message",
      role: "assistant",
      model,
      content: [{ type: "tool_use", id: `toolu_fake_${messageCount}`, name: tool, input }],
      stop_reason: "tool_use",
      stop_sequence: null,
      usage,
    },
  };
}

/** The tool a request forces (tool_choice). */
export const forcedTool = (request: RecordedRequest) => (request.body.tool_choice as { name: string }).name;

/** 529 overloaded, with a retry-after-ms so the SDK's backoff is quick in tests. */
export const overloadedReply: FakeReply = {
  status: 529,
  headers: { "retry-after-ms": "5" },
  body: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } },
};

export type StreamedBlock = { type: "text"; text: string } | { type: "tool_use"; name: string; input: unknown };

/**
 * A streamed Messages API answer (what `stream: true` returns): message_start, each block's start,
 * deltas (text in a few pieces, a tool's input as JSON fragments) and stop, then message_delta with
 * the stop reason and usage. `failAfter` cuts the stream with an error event after that many blocks.
 */
export function streamedReply(
  blocks: readonly StreamedBlock[],
  options: { usage?: { input_tokens: number; output_tokens: number }; model?: string; failAfter?: number } = {},
): FakeReply {
  messageCount += 1;
  const usage = options.usage ?? { input_tokens: 1_000, output_tokens: 200 };
  const events: { type: string; [key: string]: unknown }[] = [
    {
      type: "message_start",
      message: {
        id: `msg_fake_${messageCount}`,
        type: "message",
        role: "assistant",
        model: options.model ?? "claude-sonnet-4-5-20250929",
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: usage.input_tokens, output_tokens: 1 },
      },
    },
  ];
  for (const [index, block] of blocks.entries()) {
    if (options.failAfter !== undefined && index >= options.failAfter) {
      events.push({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } });
      return { body: null, sse: events };
    }
    if (block.type === "text") {
      events.push({ type: "content_block_start", index, content_block: { type: "text", text: "" } });
      for (const piece of block.text.match(/.{1,12}/gs) ?? [""]) events.push({ type: "content_block_delta", index, delta: { type: "text_delta", text: piece } });
    } else {
      const json = JSON.stringify(block.input);
      events.push({ type: "content_block_start", index, content_block: { type: "tool_use", id: `toolu_fake_${messageCount}_${index}`, name: block.name, input: {} } });
      for (const piece of json.match(/.{1,16}/gs) ?? []) events.push({ type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: piece } });
    }
    events.push({ type: "content_block_stop", index });
  }
  const stopReason = blocks.some((block) => block.type === "tool_use") ? "tool_use" : "end_turn";
  events.push({ type: "message_delta", delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
  events.push({ type: "message_stop" });
  return { body: null, sse: events };
}
