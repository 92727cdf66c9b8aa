import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { ClerkSignIn } from "@/components/auth/clerk-sign-in";
import { LocalSignIn } from "@/components/auth/local-sign-in";
import { getAuthMode } from "@/lib/auth/auth-mode";
import { safeNextPath } from "@/lib/auth/safe-next-path";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  // Only a path on this site is passed on; the sign-in action checks it again.
  const next = safeNextPath((await searchParams).next);
  return <AuthShell>{getAuthMode() === "clerk" ? <ClerkSignIn next={next} /> : <LocalSignIn next={next} />}</AuthShell>;
}
