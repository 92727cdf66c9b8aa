"use client";

import { ChevronDown, LogOut } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { signOutAction } from "@/lib/auth/local-sign-in-actions";
import type { Role } from "@/lib/auth/tenant-context";
import { ClerkSignOutItem } from "./clerk-sign-out-item";
import { RoleBadge } from "./role-badge";

export type UserMenuProps = { fullName: string; email: string; avatarUrl: string | null; role: Role; orgName: string; clerk?: boolean };

export function UserMenu({ fullName, email, avatarUrl, role, orgName, clerk = false }: UserMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-left transition-colors hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring data-[state=open]:bg-accent"
        aria-label={`Account menu for ${fullName}`}
      >
        <Avatar name={fullName} src={avatarUrl} size="sm" decorative />
        <span className="hidden max-w-40 truncate text-sm font-medium md:block">{fullName}</span>
        <ChevronDown aria-hidden className="hidden size-4 text-muted-foreground md:block" />
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
