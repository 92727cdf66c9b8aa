"use client";

import { LogOut } from "lucide-react";
import dynamic from "next/dynamic";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/auth/local-sign-in-actions";

// Clerk's client code is fetched only in Clerk mode, where this renders.
const SignOutButton = dynamic(() => import("@clerk/nextjs").then((clerk) => clerk.SignOutButton));

/** Clerk mode ends the Clerk session; local mode clears the session cookie. */
export function SuspendedSignOut({ clerk }: { clerk: boolean }) {
  const button = (
    <Button type={clerk ? "button" : "submit"} variant="outline">
      <LogOut aria-hidden />
      Sign out
    </Button>
  );
  return clerk ? <SignOutButton redirectUrl="/sign-in">{button}</SignOutButton> : <form action={signOutAction}>{button}</form>;
}
