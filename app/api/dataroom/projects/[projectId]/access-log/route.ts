import { exportAccessLogCsvResponse } from "@/lib/dataroom/export-access-log-csv-response";

/** The project's data room access log as CSV, with the page's filters (`audit.read`: managers and admins). */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  return exportAccessLogCsvResponse(request, { kind: "project", id: (await params).projectId });
}
