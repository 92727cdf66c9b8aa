import type { Metadata } from "next";
import { AddMemberDialog } from "@/components/team/add-member-dialog";
import { MembersPagination } from "@/components/team/members-pagination";
import { MembersTable } from "@/components/team/members-table";
import { RoleGuide } from "@/components/team/role-guide";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { usesClerk } from "@/lib/auth/auth-mode";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { teamAccess } from "@/lib/team/access";
import { listMembers } from "@/lib/team/list-members";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const tenant = await requireFeaturePage(teamAccess.read);
  if (!hasAccess(tenant, teamAccess.read)) {
    return (
      <>
        <PageHeader title="Team" />
        <Alert variant="warning" title="You can't see the team">
          Ask an admin of {tenant.org.name} for access.
        </Alert>
      </>
    );
  }
  const { page: pageParam } = await searchParams;
  const { rows: members, active, inactive, page, pageCount } = await listMembers(tenant, { page: Number(pageParam) || 1 });
  const clerk = usesClerk();
  const isAdmin = hasAccess(tenant, teamAccess.manage);
  const canManage = isAdmin && !clerk;

  return (
    <>
      <PageHeader
        title="Team"
        description={
          <>
            {`${active} active member${active === 1 ? "" : "s"} of ${tenant.org.name}${inactive ? `, ${inactive} deactivated` : ""}.`}
            {!isAdmin && !clerk ? <span className="block">Only admins can add members, change roles or deactivate accounts.</span> : null}
          </>
        }
        actions={canManage ? <AddMemberDialog orgName={tenant.org.name} /> : null}
      />
      {clerk ? (
        <Alert variant="info" title="Members and roles are managed in Clerk" className="mb-6">
          People join, leave and change roles through your Clerk organisation; this list follows it on every sign-in.
        </Alert>
      ) : null}
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <MembersTable
          members={members}
          currentUserId={tenant.user.id}
          canManage={canManage}
          footer={pageCount > 1 ? <MembersPagination page={page} pageCount={pageCount} /> : null}
        />
        <RoleGuide />
      </div>
    </>
  );
}
