import { NextResponse } from "next/server";
import { requireRouteAccess } from "@/lib/access/require-route-access";
import { assistantAccess } from "@/lib/assistant/access";
import { badRequest, readJsonBody } from "@/lib/assistant/bad-request";
import { deleteConversation } from "@/lib/assistant/delete-conversation";
import { getConversationMessages } from "@/lib/assistant/get-conversation-messages";
import { renameConversation } from "@/lib/assistant/rename-conversation";
import { renameConversationSchema } from "@/lib/assistant/schemas";
import { toErrorResponse } from "@/lib/errors/to-error-response";

type Params = { params: Promise<{ conversationId: string }> };

/** GET: the conversation and its messages as streamed. Another user's or org's id is a 404. */
export async function GET(request: Request, { params }: Params) {
  try {
    const actor = await requireRouteAccess(request, assistantAccess.read);
    const { conversationId } = await params;
    return NextResponse.json(await getConversationMessages(actor, conversationId), { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** PATCH {title}: renames it (audited); the generated title no longer replaces the user's. */
export async function PATCH(request: Request, { params }: Params) {
  try {
    const actor = await requireRouteAccess(request, assistantAccess.chat);
    const { conversationId } = await params;
    const body = renameConversationSchema.safeParse(await readJsonBody(request));
    if (!body.success) return badRequest(body.error);
    return NextResponse.json({ conversation: await renameConversation(actor, conversationId, body.data) });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** DELETE: the conversation and its messages (audited). */
export async function DELETE(request: Request, { params }: Params) {
  try {
    const actor = await requireRouteAccess(request, assistantAccess.chat);
    const { conversationId } = await params;
    await deleteConversation(actor, conversationId);
    return new Response(null, { status: 204 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
