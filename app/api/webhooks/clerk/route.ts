import { NextResponse } from "next/server";
import { handleClerkWebhook } from "@/lib/auth/clerk/handle-clerk-webhook";
import { toErrorResponse } from "@/lib/errors/to-error-response";

export async function POST(request: Request) {
  try {
    const result = await handleClerkWebhook(await request.text(), request.headers);
    return NextResponse.json({ received: result.type });
  } catch (error) {
    return toErrorResponse(error);
  }
}
