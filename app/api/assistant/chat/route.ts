import { createUIMessageStreamResponse } from "ai";
import { requireRouteAccess } from "@/lib/access/require-route-access";
import { assistantAccess } from "@/lib/assistant/access";
import { badRequest, readJsonBody } from "@/lib/assistant/bad-request";
import { runChatTurn } from "@/lib/assistant/run-chat-turn";
import { chatRequestSchema } from "@/lib/assistant/schemas";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";

/**
 * POST /api/assistant/chat {conversationId, text}: the answer as an AI SDK UI message stream. The
 * input is checked before the rate limit counts it and before anything is stored: an empty or
 * oversized message is a 400.
 */
export async function POST(request: Request) {
  try {
    const actor = await requireRouteAccess(request, assistantAccess.chat);
    const body = chatRequestSchema.safeParse(await readJsonBody(request));
    if (!body.success) return badRequest(body.error);
    const limit = await assertWithinRateLimit(actor, "ai");
    const stream = await runChatTurn(actor, body.data);
    return createUIMessageStreamResponse({ stream, headers: { "Cache-Control": "private, no-store", ...rateLimitHeaders(limit) } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
