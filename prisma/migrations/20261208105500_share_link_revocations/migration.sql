-- A sharer may withdraw one share link before it expires (issue 12). Links are stateless signed
-- tokens that name their SHARED row in document_access_logs, which is append-only, so a withdrawal
-- is a row of its own keyed by that SHARED row; resolveShareLink refuses a link that has one.

-- CreateTable
CREATE TABLE "document_share_revocations" (
    "shared_log_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "revoked_by" UUID,
    "revoked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_share_revocations_pkey" PRIMARY KEY ("shared_log_id")
);

-- CreateIndex
CREATE INDEX "document_share_revocations_org_id_document_id_idx" ON "document_share_revocations"("org_id", "document_id");

-- AddForeignKey
ALTER TABLE "document_share_revocations" ADD CONSTRAINT "document_share_revocations_shared_log_id_fkey" FOREIGN KEY ("shared_log_id") REFERENCES "document_access_logs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
