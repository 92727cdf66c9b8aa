"use client";

import { useClerk } from "@clerk/nextjs";
import { LogOut } from "lucide-react";
import { DropdownMenuItem } from "@/components/ui/dropdown-menu";

/** In Clerk mode signing out ends the Clerk session, not just a local cookie. */
export function ClerkSignOutItem() {
  const { signOut } = useClerk();
  return (
    <DropdownMenuItem onSelect={() => void signOut({ redirectUrl: "/sign-in" })}>
      <LogOut aria-hidden />
      Sign out
    </DropdownMenuItem>
  );
}
