import { exportAccessLogCsvResponse } from "@/lib/dataroom/export-access-log-csv-response";

/** The portfolio's data room access log as CSV, with the page's filters (`audit.read`: managers and admins). */
export async function GET(request: Request, { params }: { params: Promise<{ portfolioId: string }> }) {
  return exportAccessLogCsvResponse(request, { kind: "portfolio", id: (await params).portfolioId });
}
