-- Deliveries follow the partner's current links (read from Keycloak), not the firms it had when it subscribed: a
-- delivery about a firm the partner lost is WITHHELD, never sent.
ALTER TABLE webhook_delivery DROP CONSTRAINT webhook_delivery_status_check;
ALTER TABLE webhook_delivery ADD CONSTRAINT webhook_delivery_status_check
    CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'WITHHELD'));
ALTER TABLE webhook_subscription DROP COLUMN firm_ids;
CREATE INDEX webhook_subscription_active_client ON webhook_subscription (client_id) WHERE active;
