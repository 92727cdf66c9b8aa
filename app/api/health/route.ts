import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";

/** Liveness and database reachability, for load balancers and the e2e web-server check. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok" });
  } catch {
    return NextResponse.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  }
}
