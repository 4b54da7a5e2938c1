-- Online sign-off: links the buyer opens in a browser, the decisions made there, and the audit trail.

-- One row per link. The token the buyer holds is never stored, only its SHA-256. A link is for one
-- buyer contact and one revision; a new link for the same contact replaces (revokes) the old one.
CREATE TABLE signoff_links (
    id             VARCHAR(32)  PRIMARY KEY,
    document_id    VARCHAR(64)  NOT NULL REFERENCES documents (id),
    revision       INTEGER      NOT NULL,
    recipient      VARCHAR(320) NOT NULL,
    token_sha256   VARCHAR(64)  NOT NULL UNIQUE,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    completed_at   TIMESTAMP WITH TIME ZONE,
    signer_name    VARCHAR(200),
    certificate    VARCHAR(255)
);
CREATE INDEX signoff_links_document ON signoff_links (document_id);

-- The buyer's current choice per point of a link (the audit trail keeps every change).
CREATE TABLE signoff_decisions (
    link_id     VARCHAR(32)   NOT NULL REFERENCES signoff_links (id),
    point_id    VARCHAR(100)  NOT NULL,
    decision    VARCHAR(40)   NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ip          VARCHAR(64)   NOT NULL,
    user_agent  VARCHAR(512)  NOT NULL,
    changes     INTEGER       NOT NULL,
    PRIMARY KEY (link_id, point_id)
);

-- Append-only: rows are inserted, never updated or deleted. Each row carries the hash of the row
-- before it in the same document's chain, so an edited, removed or reordered row is found.
CREATE TABLE audit_events (
    document_id  VARCHAR(64)   NOT NULL REFERENCES documents (id),
    seq          BIGINT        NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type   VARCHAR(40)   NOT NULL,
    link_id      VARCHAR(32)   NOT NULL,
    revision     INTEGER       NOT NULL,
    point_id     VARCHAR(100)  NOT NULL,
    event_value  VARCHAR(2000) NOT NULL,
    ip           VARCHAR(64)   NOT NULL,
    user_agent   VARCHAR(512)  NOT NULL,
    prev_hash    VARCHAR(64)   NOT NULL,
    row_hash     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (document_id, seq)
);
