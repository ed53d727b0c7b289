-- Prepaid cards (issue 19): the card a direct payment is paid onto, each card file imported (kept
-- as sent, with what its rows held and what reconciling it found), and the card's transactions,
-- oldest first, with the category reconciliation placed them in. Flags raised on a card file cite
-- the file and the transaction, as a return's flags cite an upload and a statement line.
-- Written in SQL that both PostgreSQL and H2 (PostgreSQL mode) accept.

CREATE TABLE mon_card (
    account_id  BIGINT       PRIMARY KEY REFERENCES dp_account (id),
    provider    VARCHAR(40)  NOT NULL,
    card_id     VARCHAR(40)  NOT NULL,
    recorded_by VARCHAR(254) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE mon_card_import (
    id               BIGINT PRIMARY KEY,
    account_id       BIGINT         NOT NULL REFERENCES dp_account (id),
    provider         VARCHAR(40)    NOT NULL,
    card_id          VARCHAR(40)    NOT NULL,
    file_name        VARCHAR(255)   NOT NULL,
    sha256           VARCHAR(64)    NOT NULL,
    size_bytes       BIGINT         NOT NULL,
    content          BYTEA          NOT NULL,
    imported_by      VARCHAR(254)   NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    transactions     BIGINT         NOT NULL,
    first_date       DATE           NOT NULL,
    last_date        DATE           NOT NULL,
    opening_balance  NUMERIC(12, 2) NOT NULL,
    closing_balance  NUMERIC(12, 2) NOT NULL,
    surplus          NUMERIC(12, 2) NOT NULL,
    -- the same file twice is refused; so is a file repeating dates already imported (the service)
    CONSTRAINT mon_card_import_once UNIQUE (account_id, sha256)
);
CREATE INDEX mon_card_import_account ON mon_card_import (account_id, first_date);

CREATE TABLE mon_card_transaction (
    import_id  BIGINT         NOT NULL REFERENCES mon_card_import (id),
    line_no    INTEGER        NOT NULL,
    file_row   BIGINT         NOT NULL,
    tx_date    DATE           NOT NULL,
    merchant   VARCHAR(200)   NOT NULL,
    mcc        INTEGER,
    amount     NUMERIC(12, 2) NOT NULL,
    balance    NUMERIC(12, 2) NOT NULL,
    category   VARCHAR(60)    NOT NULL,
    source     VARCHAR(30)    NOT NULL,
    PRIMARY KEY (import_id, line_no)
);

ALTER TABLE mon_flag ADD COLUMN evidence_card_import_id BIGINT REFERENCES mon_card_import (id);
