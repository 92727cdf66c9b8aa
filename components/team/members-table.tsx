import { format, formatDistanceToNow } from "date-fns";
import type { ReactNode } from "react";
import { RoleBadge } from "@/components/shell/role-badge";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { MemberDto } from "@/lib/team/to-member-dto";
import { cn } from "@/lib/utils/cn";
import { MemberActions } from "./member-actions";
import { MemberStatusBadge } from "./member-status-badge";

type Props = { members: MemberDto[]; currentUserId: string; canManage: boolean; footer?: ReactNode };

function LastSignIn({ at }: { at: string | null }) {
  if (!at) return <span className="text-muted-foreground">Never</span>;
  return (
    <time dateTime={at} title={format(new Date(at), "d MMM yyyy, HH:mm")}>
      {formatDistanceToNow(new Date(at), { addSuffix: true })}
    </time>
  );
}

export function MembersTable({ members, currentUserId, canManage, footer }: Props) {
  return (
    <Card className="overflow-hidden p-0">
      <Table>
        <caption className="sr-only">Members of the organisation</caption>
        <THead>
          <TR>
            <TH>Member</TH>
            <TH>Role</TH>
            <TH className="hidden sm:table-cell">Status</TH>
            <TH className="hidden md:table-cell">Last sign-in</TH>
            {canManage ? (
              <TH className="w-12">
                <span className="sr-only">Actions</span>
              </TH>
            ) : null}
          </TR>
        </THead>
        <TBody>
          {members.map((member) => {
            const self = member.id === currentUserId;
            return (
              <TR key={member.id} className={cn(!member.isActive && "bg-muted/30")}>
                <TD>
                  <div className={cn("flex min-w-0 items-center gap-3", !member.isActive && "opacity-70")}>
                    <Avatar name={member.fullName} src={member.avatarUrl} decorative />
                    <div className="grid min-w-0 gap-0.5">
                      <span className="flex flex-wrap items-center gap-1.5 font-medium text-foreground">
                        <span className="truncate">{member.fullName}</span>
                        {self ? <Badge variant="outline">You</Badge> : null}
                        {!member.isActive ? <MemberStatusBadge isActive={false} className="sm:hidden" /> : null}
                      </span>
                      <span className="truncate text-xs text-muted-foreground">{member.email}</span>
                    </div>
                  </div>
                </TD>
                <TD>
                  <RoleBadge role={member.role} />
                </TD>
                <TD className="hidden sm:table-cell">
                  <MemberStatusBadge isActive={member.isActive} />
                </TD>
                <TD className="hidden text-sm whitespace-nowrap md:table-cell">
                  <LastSignIn at={member.lastLoginAt} />
                </TD>
                {canManage ? <TD className="text-right">{self ? null : <MemberActions member={member} />}</TD> : null}
              </TR>
            );
          })}
        </TBody>
      </Table>
      {footer}
    </Card>
  );
}
