-- Webhook subscriptions of partner portals, the deliveries made for them and every attempt (the delivery log).
CREATE TABLE webhook_subscription (
    id           uuid          PRIMARY KEY,
    owner        varchar(200)  NOT NULL,              -- the partner client's token subject
    client_id    varchar(200)  NOT NULL,              -- its client id (azp), for people reading the table
    url          varchar(2000) NOT NULL,
    event_types  varchar(200)[] NOT NULL,
    firm_ids     uuid[]        NOT NULL,              -- the firms linked to the client when it subscribed
    secret       varchar(100)  NOT NULL,              -- HMAC-SHA256 key, shown to the partner once
    active       boolean       NOT NULL,
    created_at   timestamptz   NOT NULL,
    cancelled_at timestamptz
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner, created_at);

CREATE TABLE webhook_delivery (
    seq               bigserial     PRIMARY KEY,      -- list order and page cursor
    id                uuid          NOT NULL UNIQUE,
    subscription_id   uuid          NOT NULL REFERENCES webhook_subscription (id),
    event_id          uuid          NOT NULL,
    event_type        varchar(200)  NOT NULL,
    firm_id           uuid          NOT NULL,
    payload           text          NOT NULL,
    status            varchar(20)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          integer       NOT NULL DEFAULT 0,
    failures_in_row   integer       NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz,
    created_at        timestamptz   NOT NULL,
    delivered_at      timestamptz,
    UNIQUE (subscription_id, event_id)                -- one delivery per event and subscription, however often it arrives
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, seq);

CREATE TABLE webhook_attempt (
    delivery_id  uuid          NOT NULL REFERENCES webhook_delivery (id),
    attempt      integer       NOT NULL,
    attempted_at timestamptz   NOT NULL,
    status_code  integer,                             -- null when no answer came
    error        varchar(1000),
    duration_ms  integer       NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
