import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { MEMBER_ROLES } from "@/lib/team/member-roles";
import { ROLE_META } from "./role-meta";

/** Each role includes everything of the roles before it. */
export function RoleGuide() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Roles</CardTitle>
        <CardDescription>Each role can do everything the roles above it can.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3 text-sm">
          {MEMBER_ROLES.map((role) => (
            <div key={role} className="grid gap-0.5">
              <dt className="font-medium">{ROLE_META[role].label}</dt>
              <dd className="text-muted-foreground">{ROLE_META[role].description}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
