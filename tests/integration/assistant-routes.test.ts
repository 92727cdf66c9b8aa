import { callRoute, signIn } from "../support/mock-request-context";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { AssistantCitation } from "@/lib/assistant/assistant-message";
import { toTextExtractionRecord } from "@/lib/dataroom/extraction/text-extraction-record";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { createDocument, createUser } from "@/prisma/factories";
import { readAssistantResponse } from "../support/assistant-stream";
import { createTenant, createTenantProject, db } from "../support/test-db";

const conversations = await import("@/app/api/assistant/conversations/route");
const conversation = await import("@/app/api/assistant/conversations/[conversationId]/route");
const chat = await import("@/app/api/assistant/chat/route");

type Classification = "PUBLIC" | "CONFIDENTIAL" | "RESTRICTED" | "TOP_SECRET" | null;

async function documentWithPages(actor: Actor, projectId: string, name: string, pages: string[], classification: Classification = null) {
  const document = await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, projectId, name });
  await db.document.update({ where: { id: document.id }, data: { classification } });
  await db.documentExtraction.create({
    data: { documentId: document.id, extractionType: "TEXT", status: "COMPLETED", ...toTextExtractionRecord(pages.map((text, i) => ({ page: i + 1, text }))) },
  });
  return document;
}

async function start(actor: Actor, body: Record<string, unknown> = { contextType: "GENERAL" }) {
  signIn(actor);
  const response = await callRoute(conversations.POST, "/api/assistant/conversations", { method: "POST", body: JSON.stringify(body) });
  return { response, id: response.status === 201 ? ((await response.json()) as { id: string }).id : null };
}

async function ask(actor: Actor, conversationId: string, text: string, retry?: boolean) {
  signIn(actor);
  return callRoute(chat.POST, "/api/assistant/chat", { method: "POST", body: JSON.stringify({ conversationId, text, retry }) });
}

let ally: Actor;
let viewer: Actor;
let otherAlly: Actor;
let projectId: string;
let gridDocumentId: string;
let otherProjectId: string;

beforeAll(async () => {
  ally = await createTenant({ type: "ALLY", role: "admin" });
  const org = await db.organization.findUniqueOrThrow({ where: { id: ally.org.id } });
  viewer = { ...toTenantContext(await createUser(db, { orgId: org.id, role: "viewer" }), org), request: ally.request };
  otherAlly = await createTenant({ type: "ALLY", role: "admin" });
  const project = await createTenantProject(ally, { name: "Turkana Ridge Wind" });
  projectId = project.id;
  const grid = await documentWithPages(ally, project.id, "Grid Connection Agreement.pdf", [
    "Cover page of the agreement.",
    "The grid connection permit was granted by KETRACO on 12 March 2026 for 120 MW at the Loiyangalani substation.",
  ]);
  gridDocumentId = grid.id;
  await documentWithPages(ally, project.id, "Lender Side Letter.pdf", ["The side letter sets the mezzanine coupon at 11 percent."], "RESTRICTED");
  otherProjectId = (await createTenantProject(otherAlly, { name: "Garissa Solar Secret" })).id;
});

describe("assistant conversations", () => {
  it("creates, lists, renames and deletes the user's own conversations; another org's is a 404", async () => {
    const { response, id } = await start(ally, { contextType: "PROJECT", contextEntityId: projectId });
    expect(response.status).toBe(201);
    signIn(ally);
    const list = (await (await callRoute(conversations.GET, "/api/assistant/conversations")).json()) as { items: { id: string; contextLabel: string | null }[] };
    expect(list.items.find((item) => item.id === id)?.contextLabel).toBe("Turkana Ridge Wind");

    signIn(otherAlly);
    expect((await callRoute(conversation.GET, "/api/assistant/conversations/[conversationId]", { params: { conversationId: id! } })).status).toBe(404);
    expect(
      (
        await callRoute(conversation.PATCH, "/api/assistant/conversations/[conversationId]", {
          method: "PATCH",
          params: { conversationId: id! },
          body: JSON.stringify({ title: "x" }),
        })
      ).status,
    ).toBe(404);
    expect((await callRoute(conversation.DELETE, "/api/assistant/conversations/[conversationId]", { method: "DELETE", params: { conversationId: id! } })).status).toBe(
      404,
    );
    expect((await db.aiConversation.findUniqueOrThrow({ where: { id: id! } })).title).toBe("About Turkana Ridge Wind");

    signIn(ally);
    const renamed = await callRoute(conversation.PATCH, "/api/assistant/conversations/[conversationId]", {
      method: "PATCH",
      params: { conversationId: id! },
      body: JSON.stringify({ title: "Grid questions" }),
    });
    expect(renamed.status).toBe(200);
    expect(await db.auditLog.count({ where: { entityId: id!, action: "ai_conversation.renamed" } })).toBe(1);
    expect((await callRoute(conversation.DELETE, "/api/assistant/conversations/[conversationId]", { method: "DELETE", params: { conversationId: id! } })).status).toBe(
      204,
    );
    expect(await db.aiConversation.count({ where: { id: id! } })).toBe(0);
  });

  it("refuses to open a conversation on another org's project, document or portfolio, or to continue another user's (404, nothing stored)", async () => {
    const investor = await createTenant({ type: "INVESTOR", role: "admin" });
    const otherInvestor = await createTenant({ type: "INVESTOR", role: "admin" });
    const portfolio = await db.portfolio.create({ data: { orgId: otherInvestor.org.id, name: "Other Fund I", currency: "USD" } });
    const before = await db.aiConversation.count();
    expect((await start(ally, { contextType: "PROJECT", contextEntityId: otherProjectId })).response.status).toBe(404);
    expect((await start(ally, { contextType: "DOCUMENT", contextEntityId: gridDocumentId })).response.status).toBe(201);
    expect((await start(otherAlly, { contextType: "DOCUMENT", contextEntityId: gridDocumentId })).response.status).toBe(404);
    expect((await start(investor, { contextType: "PORTFOLIO", contextEntityId: portfolio.id })).response.status).toBe(404);
    expect((await start(investor, { contextType: "PROJECT", contextEntityId: otherProjectId })).response.status).toBe(404);
    expect(await db.aiConversation.count()).toBe(before + 1);

    const { id } = await start(ally);
    for (const intruder of [otherAlly, viewer]) expect((await ask(intruder, id!, "What is in the data room?")).status).toBe(404);
    expect(await db.aiMessage.count({ where: { conversationId: id! } })).toBe(0);
  });
});

describe("the offline assistant", () => {
  it("answers about a project's documents with a citation that opens the document at its page", async () => {
    const { id } = await start(ally);
    const response = await ask(ally, id!, "What do the Turkana Ridge documents say about the grid connection permit?");
    expect(response.status).toBe(200);
    const { message } = await readAssistantResponse(response);
    const notice = message.parts.find((part) => part.type === "data-notice");
    expect(notice && "data" in notice ? notice.data.kind : null).toBe("offline");
    expect(message.parts.some((part) => part.type === "tool-searchDataRoom")).toBe(true);
    const citations = message.parts.flatMap((part) => (part.type === "data-citation" ? [part.data as AssistantCitation] : []));
    expect(citations[0]?.href).toBe(`/dataroom/documents/${gridDocumentId}?page=2`);
    const text = message.parts.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("");
    expect(text).toContain("KETRACO");
    expect(text).toContain("[1]");

    signIn(ally);
    const stored = (await (await callRoute(conversation.GET, "/api/assistant/conversations/[conversationId]", { params: { conversationId: id! } })).json()) as {
      messages: { role: string; parts: { type: string }[] }[];
      conversation: { title: string };
    };
    expect(stored.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(stored.messages[1]!.parts).toEqual(JSON.parse(JSON.stringify(message.parts)));
    expect(stored.conversation.title).toBe("What do the Turkana Ridge documents say about the grid connection permit?");
    const row = await db.aiMessage.findFirstOrThrow({ where: { conversationId: id!, role: "assistant" } });
    expect(row.modelUsed).toBe("offline-rules-v1");
    expect(row.toolCalls).toEqual([expect.objectContaining({ toolName: "searchDataRoom" })]);
  });

  it("a retry's answer replaces the exchange it retried; a new question after it is kept beside it", async () => {
    const { id } = await start(ally);
    const question = "What do the Turkana Ridge documents say about the grid connection permit?";
    await readAssistantResponse(await ask(ally, id!, question));
    const retried = await readAssistantResponse(await ask(ally, id!, question, true));
    const roles = async () => (await db.aiMessage.findMany({ where: { conversationId: id! }, orderBy: { createdAt: "asc" } })).map((m) => [m.role, m.id]);
    expect(await roles()).toEqual([
      ["user", expect.any(String)],
      ["assistant", retried.message.id],
    ]);
    // A retry whose question is not the last one asked is a new exchange: nothing is replaced.
    await readAssistantResponse(await ask(ally, id!, "Which projects are in Kenya?", true));
    expect((await roles()).map(([role]) => role)).toEqual(["user", "assistant", "user", "assistant"]);
  });

  it("tells a viewer a RESTRICTED document is not available, and quotes nothing from it", async () => {
    const { id } = await start(viewer);
    const { message } = await readAssistantResponse(await ask(viewer, id!, "What does the lender side letter say about the mezzanine coupon?"));
    const text = message.parts.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("");
    expect(text).toContain("not available");
    expect(JSON.stringify(message)).not.toContain("11 percent");
  });

  it("never shows another org's project, by name or by id", async () => {
    const { id } = await start(ally);
    const byName = await readAssistantResponse(await ask(ally, id!, "What is the status of Garissa Solar Secret?"));
    expect(JSON.stringify(byName.message)).not.toContain(otherProjectId);
    const byId = await readAssistantResponse(await ask(ally, id!, `Summarise project ${otherProjectId}`));
    const text = byId.message.parts.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("");
    expect(text).toContain("not available");
    expect(JSON.stringify(byId.message)).not.toContain("Garissa");
  });

  it("refuses an empty or oversized message with a 400 and stores nothing", async () => {
    const { id } = await start(ally);
    for (const text of ["   ", "x".repeat(100_000)]) {
      const response = await ask(ally, id!, text);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/empty|at most/);
    }
    expect(await db.aiMessage.count({ where: { conversationId: id! } })).toBe(0);
  });
});
