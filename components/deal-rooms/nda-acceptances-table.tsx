import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AllyRoomViewDto } from "@/lib/deal-rooms/get-ally-room-view";

/** Every acceptance: who, as which typed name, when, from which IP, and the hash of the text accepted. */
export function NdaAcceptancesTable({ acceptances }: { acceptances: AllyRoomViewDto["acceptances"] }) {
  if (acceptances.length === 0) return <p className="text-sm text-muted-foreground">Nobody has accepted the NDA yet.</p>;
  return (
    <Table>
      <THead>
        <TR>
          <TH>Person</TH>
          <TH>Typed name</TH>
          <TH>Accepted (UTC)</TH>
          <TH>IP address</TH>
          <TH>NDA SHA-256</TH>
        </TR>
      </THead>
      <TBody>
        {acceptances.map((acceptance) => (
          <TR key={acceptance.id}>
            <TD>
              <span className="font-medium">{acceptance.userName}</span>
              <span className="block text-xs text-muted-foreground">{acceptance.orgName}</span>
            </TD>
            <TD>{acceptance.typedName}</TD>
            <TD>{acceptance.acceptedAt.slice(0, 16).replace("T", " ")}</TD>
            <TD>{acceptance.ip ?? "Unknown"}</TD>
            <TD>
              <code className="break-all text-xs">{acceptance.ndaSha256}</code>{" "}
              {acceptance.current ? <Badge variant="success">Current</Badge> : <Badge variant="muted">Earlier version</Badge>}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
