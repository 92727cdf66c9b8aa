import { ChevronDown } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import type { Role } from "@/lib/auth/tenant-context";

export type UserMenuProps = { fullName: string; email: string; avatarUrl: string | null; role: Role; orgName: string; clerk?: boolean };

export const ACCOUNT_MENU_TRIGGER =
  "flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-left transition-colors hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring data-[state=open]:bg-accent";

/** What the account menu's button shows, the same before and after the menu's code has loaded. */
export function AccountMenuFace({ fullName, avatarUrl }: { fullName: string; avatarUrl: string | null }) {
  return (
    <>
      <Avatar name={fullName} src={avatarUrl} size="sm" decorative />
      <span className="hidden max-w-40 truncate text-sm font-medium md:block">{fullName}</span>
      <ChevronDown aria-hidden className="hidden size-4 text-muted-foreground md:block" />
    </>
  );
}
