-- Outside guests of deal rooms (issue 15): invited by email with a single-use link that expires.
-- Their NDA acceptances share nda_acceptances with member users: exactly one signer per row.
-- AlterTable
ALTER TABLE "nda_acceptances" ADD COLUMN     "guest_id" UUID,
ALTER COLUMN "user_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "deal_room_guests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "deal_room_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "name" VARCHAR(255),
    "access_level" VARCHAR(20) NOT NULL DEFAULT 'viewer',
    "can_see_financial" BOOLEAN NOT NULL DEFAULT false,
    "invite_token_hash" CHAR(64) NOT NULL,
    "invite_expires_at" TIMESTAMP(3) NOT NULL,
    "invited_by" UUID,
    "invited_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "redeemed_at" TIMESTAMP(3),
    "redeemed_ip" VARCHAR(45),
    "removed_at" TIMESTAMP(3),

    CONSTRAINT "deal_room_guests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "deal_room_guests_invite_token_hash_key" ON "deal_room_guests"("invite_token_hash");

-- CreateIndex
CREATE INDEX "deal_room_guests_org_id_idx" ON "deal_room_guests"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "deal_room_guests_deal_room_id_email_key" ON "deal_room_guests"("deal_room_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "nda_acceptances_deal_room_id_guest_id_nda_sha256_key" ON "nda_acceptances"("deal_room_id", "guest_id", "nda_sha256");

-- AddForeignKey
ALTER TABLE "nda_acceptances" ADD CONSTRAINT "nda_acceptances_guest_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "deal_room_guests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_guests" ADD CONSTRAINT "deal_room_guests_deal_room_id_fkey" FOREIGN KEY ("deal_room_id") REFERENCES "deal_rooms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_guests" ADD CONSTRAINT "deal_room_guests_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_guests" ADD CONSTRAINT "deal_room_guests_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "deal_room_guests" ADD CONSTRAINT "ck_deal_room_guests_access_level" CHECK ("access_level" IN ('viewer', 'downloader'));
ALTER TABLE "nda_acceptances" ADD CONSTRAINT "ck_nda_acceptances_one_signer" CHECK (num_nonnulls("user_id", "guest_id") = 1);
