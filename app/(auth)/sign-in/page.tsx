import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { ClerkSignIn } from "@/components/auth/clerk-sign-in";
import { LocalSignIn } from "@/components/auth/local-sign-in";
import { getAuthMode } from "@/lib/auth/auth-mode";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Only same-site paths are passed on: "//evil.example", "/\\evil.example" or a URL would redirect away. */
function safeNext(value: string | string[] | undefined): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/")) return undefined;
  return value.startsWith("//") || value.startsWith("/\\") ? undefined : value;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const next = safeNext((await searchParams).next);
  return <AuthShell>{getAuthMode() === "clerk" ? <ClerkSignIn next={next} /> : <LocalSignIn next={next} />}</AuthShell>;
}
