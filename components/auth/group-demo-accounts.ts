import type { DemoAccount } from "@/lib/auth/list-demo-accounts";
import type { OrgType, Role } from "@/lib/auth/tenant-context";

export type DemoAccountChoice = { id: string; email: string; fullName: string; role: Role };
export type DemoOrgGroup = { orgName: string; orgType: OrgType; accounts: DemoAccountChoice[] };

/** Keeps the order the accounts came in (by org type, org, role), one group per organisation. */
export function groupDemoAccounts(accounts: DemoAccount[]): DemoOrgGroup[] {
  const groups = new Map<string, DemoOrgGroup>();
  for (const { orgName, orgType, id, email, fullName, role } of accounts) {
    const key = `${orgType}:${orgName}`;
    const group = groups.get(key) ?? { orgName, orgType, accounts: [] };
    group.accounts.push({ id, email, fullName, role });
    groups.set(key, group);
  }
  return [...groups.values()];
}
