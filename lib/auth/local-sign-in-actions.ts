"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { actionClient } from "./action-clients";
import { getAuthMode } from "./auth-mode";
import { LOCAL_SESSION_COOKIE, LOCAL_SESSION_TTL_SECONDS, signLocalSession } from "./local-session";
import { getRequestMeta } from "./request-meta";
import { safeNextPath } from "./safe-next-path";

const signInSchema = z.object({
  userId: z.uuid("Choose an account."),
  // Checked by safeNextPath when redirecting: a hostile value falls back to the dashboard rather than failing the sign-in.
  next: z.string().max(2048).optional(),
});

export const signInLocalAction = actionClient
  .metadata({ actionName: "signInLocal" })
  .inputSchema(signInSchema)
  .action(async ({ parsedInput }) => {
    // Per address, every attempt counted (failed ones too); the picker shows the refusal's message.
    await consumeRateLimit("sign-in", { ip: (await getRequestMeta()).ipAddress });
    if (getAuthMode() !== "local") throw new AppError("FORBIDDEN", "Local sign-in is disabled: this deployment uses Clerk.");
    const user = await db.user.findFirst({
      where: { id: parsedInput.userId, isActive: true, externalAuthId: { startsWith: "local|" } },
    });
    if (!user) throw new AppError("UNAUTHENTICATED", "That account does not exist or has been deactivated.");
    await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    (await cookies()).set(LOCAL_SESSION_COOKIE, await signLocalSession(user.id), {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.LOCAL_SESSION_INSECURE !== "1",
      path: "/",
      maxAge: LOCAL_SESSION_TTL_SECONDS,
    });
    redirect(safeNextPath(parsedInput.next) ?? "/dashboard");
  });

export async function signOutAction() {
  (await cookies()).delete(LOCAL_SESSION_COOKIE);
  redirect("/sign-in");
}
