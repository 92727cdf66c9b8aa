import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AssistantConversationSummary } from "./assistant-message";
import { type ListConversationsQuery, listConversationsQuerySchema } from "./schemas";
import { CONVERSATION_SUMMARY_SELECT, toConversationSummary } from "./to-conversation-summary";

export const CONVERSATIONS_PAGE_SIZE = 20;

type Cursor = { updatedAt: Date; id: string };

function encodeCursor(row: Cursor): string {
  return Buffer.from(`${row.updatedAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  const [at, id] = Buffer.from(raw, "base64url").toString().split("|");
  const updatedAt = new Date(at ?? "");
  return id && /^[0-9a-f-]{36}$/i.test(id) && !Number.isNaN(updatedAt.getTime()) ? { updatedAt, id } : null;
}

/**
 * The user's own conversations, most recently active first, a page at a time by keyset
 * (updated_at, id): a conversation that moves to the top while the list is read is not shown
 * twice on the next page. Search matches the title, the summary or any message the user wrote.
 */
export async function listConversations(
  actor: Pick<Actor, "org" | "user">,
  input: ListConversationsQuery = {},
): Promise<{ items: AssistantConversationSummary[]; nextCursor: string | null }> {
  const query = listConversationsQuerySchema.parse(input);
  const cursor = decodeCursor(query.cursor);
  const search = query.search?.trim();
  const where: Prisma.AiConversationWhereInput = {
    orgId: actor.org.id,
    userId: actor.user.id,
    ...(search
      ? {
          OR: [
            { title: { contains: search, mode: "insensitive" } },
            { summary: { contains: search, mode: "insensitive" } },
            { messages: { some: { role: "user", content: { contains: search, mode: "insensitive" } } } },
          ],
        }
      : {}),
    ...(cursor ? { AND: [{ updatedAt: { lte: cursor.updatedAt } }, { OR: [{ updatedAt: { lt: cursor.updatedAt } }, { id: { lt: cursor.id } }] }] } : {}),
  };
  const rows = await db.aiConversation.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: CONVERSATIONS_PAGE_SIZE + 1,
    select: CONVERSATION_SUMMARY_SELECT,
  });
  const page = rows.slice(0, CONVERSATIONS_PAGE_SIZE);
  const last = page.at(-1);
  return { items: page.map(toConversationSummary), nextCursor: rows.length > CONVERSATIONS_PAGE_SIZE && last ? encodeCursor(last) : null };
}
