-- membership: applications to join DeltaShare (入网), and the organizations admitted through them.

CREATE TABLE joining_application (
    id                     uuid         PRIMARY KEY,
    applicant              varchar(100) NOT NULL,   -- subject of the applicant's token (a Keycloak user id)
    kind                   varchar(12)  NOT NULL CHECK (kind IN ('FIRM', 'PROVIDER', 'RESEARCHER', 'STAFF')),
    status                 varchar(12)  NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    profile                jsonb        NOT NULL,   -- what the application says, by kind (Profile)
    region                 varchar(6),              -- of the organization it founds; a bureau reviews its firms
    credit_code            varchar(18),             -- a firm's unified social credit code
    target_organization_id uuid,                    -- the organization a STAFF application joins
    organization_id        uuid,                    -- the organization the approved applicant is a member of
    reason                 varchar(500),
    reviewed_by            varchar(100),
    submitted_at           timestamptz  NOT NULL,
    reviewed_at            timestamptz,
    version                bigint       NOT NULL
);
-- one application in review per person, and one live application per credit code
CREATE UNIQUE INDEX joining_application_one_in_review ON joining_application (applicant) WHERE status = 'SUBMITTED';
CREATE UNIQUE INDEX joining_application_credit_code ON joining_application (credit_code)
    WHERE credit_code IS NOT NULL AND status <> 'REJECTED';
CREATE INDEX joining_application_review ON joining_application (status, kind, region, submitted_at DESC, id DESC);
CREATE INDEX joining_application_applicant ON joining_application (applicant, submitted_at DESC, id DESC);

CREATE TABLE organization (
    id             uuid         PRIMARY KEY,        -- the Keycloak organization id
    alias          varchar(100) NOT NULL UNIQUE,
    kind           varchar(12)  NOT NULL,           -- firm, provider, research
    name_zh        varchar(200) NOT NULL,
    name_en        varchar(200) NOT NULL,
    region         varchar(6)   NOT NULL,
    city           varchar(100) NOT NULL,
    sme_number     varchar(30),
    sme_year       integer,
    application_id uuid         NOT NULL UNIQUE REFERENCES joining_application (id),
    admitted_at    timestamptz  NOT NULL
);
CREATE UNIQUE INDEX organization_name ON organization (name_zh, name_en);

-- who decides who else joins an organization: the person whose application founded it, then whom they admit as admin
CREATE TABLE organization_admin (
    organization_id uuid         NOT NULL REFERENCES organization (id),
    subject         varchar(100) NOT NULL,
    PRIMARY KEY (organization_id, subject)
);
