-- membership: partner applications (portals acting for firms through the API) and the firms' grants to them.

CREATE TABLE partner (
    id              uuid          PRIMARY KEY,
    organization_id uuid          NOT NULL,   -- the Keycloak organization that registered it
    registered_by   varchar(100)  NOT NULL,   -- subject of the member who registered it
    name_zh         varchar(200)  NOT NULL,
    name_en         varchar(200)  NOT NULL,
    description     varchar(1000) NOT NULL,
    sandbox         boolean       NOT NULL,
    status          varchar(10)   NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'REVOKED')),
    client_id       varchar(60)   UNIQUE,     -- its Keycloak client, once approved
    reason          varchar(500),
    reviewed_by     varchar(100),
    submitted_at    timestamptz   NOT NULL,
    reviewed_at     timestamptz,
    version         bigint        NOT NULL
);
CREATE INDEX partner_newest ON partner (submitted_at DESC, id DESC);
CREATE INDEX partner_organization ON partner (organization_id);

-- a firm's consent: the partner may act for it in these scopes (book, vouchers, statements)
CREATE TABLE partner_grant (
    partner_id uuid         NOT NULL REFERENCES partner (id),
    firm_id    uuid         NOT NULL,       -- the firm (or research group) organization that granted it
    region     varchar(6),
    scopes     varchar(40)  NOT NULL,       -- claim values, comma-separated, e.g. 'book,statements'
    granted_by varchar(100) NOT NULL,
    granted_at timestamptz  NOT NULL,
    PRIMARY KEY (partner_id, firm_id)
);
CREATE INDEX partner_grant_firm ON partner_grant (firm_id);
