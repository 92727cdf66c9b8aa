import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AssistantMessageView } from "@/components/assistant/assistant-message-view";
import type { AssistantUIMessage } from "@/lib/assistant/assistant-message";

const render = (message: AssistantUIMessage, streaming = false) =>
  renderToString(createElement(AssistantMessageView, { message, streaming, onNavigate: () => {} })).replaceAll("<!-- -->", "");

const DOC = "22222222-2222-4222-8222-222222222222";

function answer(parts: AssistantUIMessage["parts"]): AssistantUIMessage {
  return { id: "a1", role: "assistant", parts, metadata: { conversationId: "c1", model: null, offline: true, createdAt: "2026-12-08T03:00:00.000Z" } };
}

describe("assistant panel: an answer", () => {
  it("turns [n] into a link to the cited source and lists the sources under the answer; a marker without a source stays text", () => {
    const html = render(
      answer([
        {
          type: "data-citation",
          data: { n: 1, kind: "document-page", title: "Grid Study.pdf, page 4", href: `/dataroom/documents/${DOC}?page=4`, snippet: "The connection is 33 kV." },
        },
        { type: "text", text: "The grid connection is **33 kV** [1]. No permit date is given [7].", state: "done" },
      ]),
    );
    expect(html).toContain(`href="/dataroom/documents/${DOC}?page=4"`);
    expect(html).toMatch(/aria-label="Source 1: Grid Study\.pdf, page 4"[^>]*>1<\/a>/);
    expect(html).toContain("<strong>33 kV</strong>");
    expect(html).toContain("<span>[7]</span>");
    expect(html).toContain('aria-label="Sources"');
    expect(html).toContain("The connection is 33 kV.");
  });

  it("never renders raw HTML or javascript: links from the model's text", () => {
    const html = render(answer([{ type: "text", text: 'Hi <script>alert(1)</script><img src=x onerror="alert(2)"> [x](javascript:alert(3))', state: "done" }]));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("javascript:");
  });

  it("shows each tool step with a human label: running with a spinner, then what it found", () => {
    const running = render(answer([{ type: "tool-searchDataRoom", toolCallId: "t1", state: "input-available", input: { query: "grid permit" } }]), true);
    expect(running).toContain("Searching the data room for “grid permit”…");
    expect(running).toContain("animate-spin");
    const done = render(
      answer([
        {
          type: "tool-searchDataRoom",
          toolCallId: "t1",
          state: "output-available",
          input: { query: "grid permit" },
          output: { available: true, data: { query: "grid permit", documents: [{}, {}, {}] }, citations: [] },
        },
        { type: "tool-getPortfolio", toolCallId: "t2", state: "output-available", input: {}, output: { available: false, message: "No such portfolio.", citations: [] } },
      ]),
    );
    const words = done.replace(/<[^>]+>/g, "");
    expect(words).toContain("Searching the data room for “grid permit” · 3 passages found");
    expect(words).toContain("Reading portfolio metrics and covenants · Not available");
    expect(done).not.toContain("animate-spin");
  });

  it("shows notices (offline, budget) as readable boxes of their kind", () => {
    const html = render(
      answer([
        { type: "data-notice", data: { kind: "offline", message: "This is the offline assistant." } },
        { type: "data-notice", data: { kind: "budget", message: "Your organisation's AI budget for this month is spent." } },
      ]),
    );
    expect(html).toContain('data-kind="offline"');
    expect(html).toContain("This is the offline assistant.");
    expect(html).toContain('data-kind="budget"');
    expect(html).toContain("AI budget for this month is spent.");
  });

  it("shows the user's question as plain text", () => {
    const html = render({ id: "u1", role: "user", parts: [{ type: "text", text: "what is **the IRR** <b>of</b> Fund I?" }] });
    expect(html).toContain("what is **the IRR** &lt;b&gt;of&lt;/b&gt; Fund I?");
  });
});
