"use client";

import { LogOut } from "lucide-react";
import dynamic from "next/dynamic";
import { Avatar } from "@/components/ui/avatar";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { signOutAction } from "@/lib/auth/local-sign-in-actions";
import { ACCOUNT_MENU_TRIGGER, AccountMenuFace, type UserMenuProps } from "./account-menu-face";
import { RoleBadge } from "./role-badge";

// Clerk's client code is fetched only in Clerk mode, where this renders (when the menu opens).
const ClerkSignOutItem = dynamic(() => import("./clerk-sign-out-item").then((item) => item.ClerkSignOutItem));

/** The account menu itself (Radix), loaded after the page by UserMenu. */
export function AccountMenu({ fullName, email, avatarUrl, role, orgName, clerk = false }: UserMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className={ACCOUNT_MENU_TRIGGER} aria-label={`Account menu for ${fullName}`}>
        <AccountMenuFace fullName={fullName} avatarUrl={avatarUrl} />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-72">
        <DropdownMenuLabel className="flex items-start gap-3 py-2">
          <Avatar name={fullName} src={avatarUrl} decorative />
          <span className="grid min-w-0 gap-0.5">
            <span className="truncate font-semibold">{fullName}</span>
            <span className="truncate text-xs font-normal text-muted-foreground">{email}</span>
            <span className="mt-1 flex items-center gap-1.5 text-xs font-normal text-muted-foreground">
              <RoleBadge role={role} />
              <span className="truncate">{orgName}</span>
            </span>
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {clerk ? (
          <ClerkSignOutItem />
        ) : (
          <form action={signOutAction}>
            {/* Keep the menu mounted on select: closing it first would detach the form before it submits. */}
            <DropdownMenuItem asChild onSelect={(event) => event.preventDefault()}>
              <button type="submit" className="w-full">
                <LogOut aria-hidden />
                Sign out
              </button>
            </DropdownMenuItem>
          </form>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
