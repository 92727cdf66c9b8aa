"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { actionClient } from "./action-clients";
import { getAuthMode } from "./auth-mode";
import { LOCAL_SESSION_COOKIE, LOCAL_SESSION_TTL_SECONDS } from "./local-session";
import { signInLocalUser } from "./sessions/sign-in-local-user";
import { signOutLocalUser } from "./sessions/sign-out-local-user";
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
    const token = await signInLocalUser(parsedInput.userId, await getRequestMeta());
    (await cookies()).set(LOCAL_SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.LOCAL_SESSION_INSECURE !== "1",
      path: "/",
      maxAge: LOCAL_SESSION_TTL_SECONDS,
    });
    redirect(safeNextPath(parsedInput.next) ?? "/dashboard");
  });

export async function signOutAction() {
  const cookieStore = await cookies();
  await signOutLocalUser(cookieStore.get(LOCAL_SESSION_COOKIE)?.value, await getRequestMeta());
  cookieStore.delete(LOCAL_SESSION_COOKIE);
  redirect("/sign-in");
}
