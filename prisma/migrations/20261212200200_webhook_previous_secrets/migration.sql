-- CreateTable
CREATE TABLE "webhook_previous_secrets" (
    "subscription_id" UUID NOT NULL,
    "secret" VARCHAR(255) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_previous_secrets_pkey" PRIMARY KEY ("subscription_id")
);

-- AddForeignKey
ALTER TABLE "webhook_previous_secrets" ADD CONSTRAINT "webhook_previous_secrets_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
