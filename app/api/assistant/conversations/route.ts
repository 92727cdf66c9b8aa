import { NextResponse } from "next/server";
import { requireRouteAccess } from "@/lib/access/require-route-access";
import { assistantAccess } from "@/lib/assistant/access";
import { badRequest, readJsonBody } from "@/lib/assistant/bad-request";
import { createConversation } from "@/lib/assistant/create-conversation";
import { listConversations } from "@/lib/assistant/list-conversations";
import { createConversationSchema, listConversationsQuerySchema } from "@/lib/assistant/schemas";
import { toErrorResponse } from "@/lib/errors/to-error-response";

/** GET /api/assistant/conversations?search=&cursor=: the user's own conversations, newest first, by keyset. */
export async function GET(request: Request) {
  try {
    const actor = await requireRouteAccess(request, assistantAccess.read);
    const query = listConversationsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json(await listConversations(actor, query), { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** POST /api/assistant/conversations {contextType, contextEntityId?}: 201 {id}; an entity the user cannot open is a 404. */
export async function POST(request: Request) {
  try {
    const actor = await requireRouteAccess(request, assistantAccess.chat);
    const body = createConversationSchema.safeParse(await readJsonBody(request));
    if (!body.success) return badRequest(body.error);
    const conversation = await createConversation(actor, body.data);
    return NextResponse.json({ id: conversation.id, conversation }, { status: 201 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
