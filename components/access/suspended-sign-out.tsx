"use client";

import { SignOutButton } from "@clerk/nextjs";
import { LogOut } from "lucide-react";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/auth/local-sign-in-actions";

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
