-- What a consumer dead-lettered: the whole record (so it can be replayed from here, without reading the .dlq topic),
-- why, and what an operator did about it. A record is dead-lettered once per consumer, topic, partition and offset.

CREATE TABLE dead_letter (
    id                uuid         PRIMARY KEY,
    consumer          varchar(100) NOT NULL,
    topic             varchar(249) NOT NULL,
    kafka_partition   integer      NOT NULL,
    kafka_offset      bigint       NOT NULL,
    message_key       bytea,                        -- as received: a forged record may carry anything
    payload           bytea,
    headers           jsonb        NOT NULL,        -- [{"key": ..., "value": <base64>}] in order
    event_id          uuid,                         -- from the CloudEvents envelope, when it had one
    event_type        varchar(200),
    event_source      varchar(200),
    reason            varchar(20)  NOT NULL CHECK (reason IN ('NO_ENVELOPE', 'UNKNOWN_TYPE', 'WRONG_SOURCE',
                                                               'UNDECODABLE', 'HANDLER_FAILED')),
    error             text         NOT NULL,
    attempts          integer      NOT NULL,
    dead_lettered_at  timestamptz  NOT NULL,
    status            varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'REPLAYED', 'DISCARDED')),
    replays           integer      NOT NULL DEFAULT 0,
    last_replay_error text,
    resolved_at       timestamptz,
    resolved_by       varchar(200),
    resolution        varchar(500),                 -- what the replay did, or why it was discarded
    UNIQUE (consumer, topic, kafka_partition, kafka_offset),
    CHECK ((status = 'PENDING') = (resolved_at IS NULL))
);
CREATE INDEX dead_letter_listing ON dead_letter (consumer, dead_lettered_at DESC, id);
CREATE INDEX dead_letter_pending ON dead_letter (consumer) WHERE status = 'PENDING';
