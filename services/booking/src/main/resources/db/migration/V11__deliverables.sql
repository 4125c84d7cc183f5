-- Deliverables of orders: test reports and data files the provider uploads, the firm and the provider download.
-- The file's bytes sit in a store behind DeliverableFiles: here in deliverable_chunk (1 MiB rows, written as the
-- upload streams in), or in S3-compatible object storage for a deployment that points there.
CREATE TABLE deliverable (
    id           uuid PRIMARY KEY,
    order_id     uuid          NOT NULL REFERENCES service_order (id),
    milestone    integer CHECK (milestone > 0),
    file_name    varchar(200)  NOT NULL,
    content_type varchar(100)  NOT NULL,
    size_bytes   bigint        NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)      NOT NULL,
    store        varchar(20)   NOT NULL,
    uploaded_by  varchar(255)  NOT NULL,
    uploaded_at  timestamptz   NOT NULL
);
CREATE INDEX deliverable_order ON deliverable (order_id, uploaded_at);

CREATE TABLE deliverable_chunk (
    deliverable_id uuid    NOT NULL,
    seq            integer NOT NULL,
    bytes          bytea   NOT NULL,
    PRIMARY KEY (deliverable_id, seq)
);
