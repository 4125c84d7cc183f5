-- Plumbing tables every service shares (services/platform). Service migrations start at V1 in db/migration.

CREATE TABLE outbox_message (
    seq          bigserial    PRIMARY KEY,            -- publication order
    id           uuid         NOT NULL UNIQUE,        -- CloudEvents id
    topic        varchar(200) NOT NULL,
    message_key  varchar(200) NOT NULL,               -- aggregate id: Kafka key and CloudEvents subject
    type         varchar(200) NOT NULL,
    source       varchar(100) NOT NULL,
    payload      text         NOT NULL,
    traceparent  varchar(100),
    tracestate   varchar(500),
    created_at   timestamptz  NOT NULL,
    sent_at      timestamptz,
    attempts     integer      NOT NULL DEFAULT 0,
    last_error   text
);
CREATE INDEX outbox_message_pending ON outbox_message (seq) WHERE sent_at IS NULL;

CREATE TABLE inbox_message (
    consumer     varchar(100) NOT NULL,
    event_id     uuid         NOT NULL,
    type         varchar(200) NOT NULL,
    topic        varchar(200) NOT NULL,
    processed_at timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

CREATE TABLE idempotency_record (
    scope        varchar(300) NOT NULL,               -- caller and route
    idem_key     varchar(255) NOT NULL,
    request_hash char(64)     NOT NULL,               -- SHA-256 of the request body
    status       integer      NOT NULL,
    body         text,
    location     varchar(2000),
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
