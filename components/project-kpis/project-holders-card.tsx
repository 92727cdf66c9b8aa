import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

/** The investors that hold this project and chose to say so (others stay invisible), with a way to their KPI requests. */
export function ProjectHoldersCard({ holders }: { holders: { investorName: string; since: string }[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Investors holding this project</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {holders.length ? (
          <ul className="grid gap-1">
            {holders.map((h) => (
              <li key={`${h.investorName}-${h.since}`} className="flex justify-between gap-3">
                <span className="font-medium">{h.investorName}</span>
                <span className="text-muted-foreground tabular-nums">since {h.since}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted-foreground">No investor has chosen to show that it holds this project.</p>
        )}
        <Link href="/kpi-requests" className="font-medium text-primary hover:underline">
          KPI requests
        </Link>
      </CardContent>
    </Card>
  );
}
