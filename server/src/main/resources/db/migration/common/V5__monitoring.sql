-- Monitoring: each account's agreed terms and risk, council policies and risk rules (data, not
-- code), returns with their uploads (the bytes are kept before anything is read from them),
-- statement lines, flags with evidence, officers' actions, risk history and notifications.
-- Written in SQL that both PostgreSQL and H2 (PostgreSQL mode) accept.

-- A council's monitoring policy; a council without a row uses the row with council_id NULL.
CREATE TABLE mon_council_policy (
    id                   BIGINT PRIMARY KEY,
    council_id           BIGINT REFERENCES council (id),
    contingency_weeks    INTEGER NOT NULL,
    days_to_submit       INTEGER NOT NULL,
    reminder_days_before INTEGER NOT NULL,
    CONSTRAINT mon_council_policy_one UNIQUE (council_id)
);
INSERT INTO mon_council_policy (id, council_id, contingency_weeks, days_to_submit, reminder_days_before)
VALUES (1, NULL, 8, 28, 7);

-- Risk rules; a council's own rows replace the default rows (council_id NULL) entirely.
CREATE TABLE mon_risk_rule (
    id             BIGINT PRIMARY KEY,
    council_id     BIGINT REFERENCES council (id),
    code           VARCHAR(40)   NOT NULL,
    condition_kind VARCHAR(30)   NOT NULL,
    threshold      INTEGER       NOT NULL DEFAULT 0,
    concern        VARCHAR(40),
    frequency      VARCHAR(20)   NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    CONSTRAINT mon_risk_rule_code UNIQUE (council_id, code)
);
INSERT INTO mon_risk_rule (id, council_id, code, condition_kind, threshold, concern, frequency, reason) VALUES
 (1, NULL, '10-new', 'NEW_ACCOUNT', 12, NULL, 'QUARTERLY', 'The direct payment started %s months ago; new accounts make quarterly returns for their first 12 months.'),
 (2, NULL, '20-record', 'POOR_RETURN_RECORD', 1, NULL, 'QUARTERLY', '%s of the returns in the last two years were late, incomplete or unreliable.'),
 (3, NULL, '30-safeguarding', 'OPEN_CONCERN', 0, 'SAFEGUARDING', 'MONTHLY', 'There is an open safeguarding concern (%s).'),
 (4, NULL, '31-unexplained', 'OPEN_CONCERN', 0, 'UNEXPLAINED_SPENDING', 'QUARTERLY', 'There is unexplained spending (%s).'),
 (5, NULL, '32-surplus', 'OPEN_CONCERN', 0, 'SURPLUS_OVER_CONTINGENCY', 'QUARTERLY', 'The account holds more than the contingency allows (%s).'),
 (6, NULL, '33-hmrc', 'OPEN_CONCERN', 0, 'UNPAID_HMRC', 'QUARTERLY', 'Payroll reports tax or National Insurance unpaid to HMRC (%s).'),
 (7, NULL, '34-pension', 'OPEN_CONCERN', 0, 'UNPAID_PENSION', 'QUARTERLY', 'Payroll reports pension contributions unpaid (%s).'),
 (8, NULL, '35-nmw', 'OPEN_CONCERN', 0, 'NMW_FINDING', 'QUARTERLY', 'A personal assistant was paid below the National Minimum Wage (%s).'),
 (9, NULL, '36-insurance', 'OPEN_CONCERN', 0, 'INSURANCE_LAPSED', 'QUARTERLY', 'The employer''s liability insurance has lapsed (%s).'),
 (10, NULL, '90-otherwise', 'OTHERWISE', 0, NULL, 'ANNUAL', 'No rule calls for closer monitoring, so returns are annual.');

-- Payee categories learned from officers' decisions, per council.
CREATE TABLE mon_payee_rule (
    id          BIGINT PRIMARY KEY,
    council_id  BIGINT       NOT NULL REFERENCES council (id),
    payee       VARCHAR(200) NOT NULL,
    category    VARCHAR(60)  NOT NULL,
    decided_by  VARCHAR(254) NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mon_payee_rule_one UNIQUE (council_id, payee)
);

-- The monitoring side of a direct-payment account (1:1 with dp_account).
CREATE TABLE mon_account (
    account_id          BIGINT PRIMARY KEY REFERENCES dp_account (id),
    route               VARCHAR(40)    NOT NULL,
    annual_budget       NUMERIC(12, 2) NOT NULL,
    instalment          NUMERIC(12, 2) NOT NULL,
    payment_schedule    VARCHAR(30)    NOT NULL,
    plan_categories     VARCHAR(1000)  NOT NULL,
    frequency           VARCHAR(20)    NOT NULL,
    ruled_frequency     VARCHAR(20)    NOT NULL,
    risk_reasons        VARCHAR(4000)  NOT NULL,
    override_frequency  VARCHAR(20),
    override_reason     VARCHAR(2000),
    override_by         VARCHAR(254),
    override_on         DATE,
    status              VARCHAR(20)    NOT NULL,
    next_period_start   DATE           NOT NULL,
    last_review         DATE,
    next_review         DATE           NOT NULL
);

CREATE TABLE mon_return (
    id                 BIGINT PRIMARY KEY,
    account_id         BIGINT      NOT NULL REFERENCES dp_account (id),
    period_start       DATE        NOT NULL,
    period_end_excl    DATE        NOT NULL,
    due_date           DATE        NOT NULL,
    state              VARCHAR(30) NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    submitted_by       VARCHAR(254),
    declaration        VARCHAR(2000),
    reminder_sent_at   TIMESTAMP WITH TIME ZONE,
    overdue_at         TIMESTAMP WITH TIME ZONE,
    closing_balance    NUMERIC(12, 2),
    surplus            NUMERIC(12, 2),
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(254),
    -- a period's return is opened once, however often its trigger fires
    CONSTRAINT mon_return_once UNIQUE (account_id, period_start)
);
CREATE INDEX mon_return_state ON mon_return (state, due_date);

-- What the budget holder says they spent, by category.
CREATE TABLE mon_return_spending (
    return_id  BIGINT         NOT NULL REFERENCES mon_return (id),
    category   VARCHAR(60)    NOT NULL,
    amount     NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (return_id, category)
);

-- Every file uploaded, kept as sent before it is read; outcome says what reading made of it.
CREATE TABLE mon_upload (
    id               BIGINT PRIMARY KEY,
    return_id        BIGINT        NOT NULL REFERENCES mon_return (id),
    kind             VARCHAR(20)   NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    content          BYTEA         NOT NULL,
    uploaded_by      VARCHAR(254)  NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome          VARCHAR(30)   NOT NULL,
    message          VARCHAR(2000),
    period_start     DATE,
    period_end_excl  DATE,
    opening_balance  NUMERIC(12, 2),
    closing_balance  NUMERIC(12, 2),
    verified         BOOLEAN,
    CONSTRAINT mon_upload_once UNIQUE (return_id, sha256)
);

CREATE TABLE mon_statement_line (
    id           BIGINT PRIMARY KEY,
    upload_id    BIGINT         NOT NULL REFERENCES mon_upload (id),
    line_no      INTEGER        NOT NULL,
    line_date    DATE           NOT NULL,
    description  VARCHAR(500)   NOT NULL,
    amount       NUMERIC(12, 2) NOT NULL,
    balance      NUMERIC(12, 2),
    category     VARCHAR(60),
    source       VARCHAR(30),
    CONSTRAINT mon_statement_line_once UNIQUE (upload_id, line_no)
);

CREATE TABLE mon_flag (
    id                  BIGINT PRIMARY KEY,
    account_id          BIGINT        NOT NULL REFERENCES dp_account (id),
    return_id           BIGINT        REFERENCES mon_return (id),
    kind                VARCHAR(40)   NOT NULL,
    severity            INTEGER       NOT NULL,
    message             VARCHAR(2000) NOT NULL,
    evidence_upload_id  BIGINT        REFERENCES mon_upload (id),
    evidence_line_no    INTEGER,
    status              VARCHAR(20)   NOT NULL,
    raised_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at         TIMESTAMP WITH TIME ZONE,
    resolved_by         VARCHAR(254),
    resolution          VARCHAR(2000)
);
CREATE INDEX mon_flag_return ON mon_flag (return_id);
CREATE INDEX mon_flag_account ON mon_flag (account_id, status);

-- An officer's action on a case, and the budget holder's response where one is asked for.
CREATE TABLE mon_case_action (
    id            BIGINT PRIMARY KEY,
    account_id    BIGINT        NOT NULL REFERENCES dp_account (id),
    return_id     BIGINT        REFERENCES mon_return (id),
    kind          VARCHAR(40)   NOT NULL,
    actor         VARCHAR(254)  NOT NULL,
    acted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(4000) NOT NULL,
    amount        NUMERIC(12, 2),
    status        VARCHAR(20)   NOT NULL,
    response      VARCHAR(4000),
    responded_by  VARCHAR(254),
    responded_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mon_case_action_account ON mon_case_action (account_id);

CREATE TABLE mon_risk_history (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT        NOT NULL REFERENCES dp_account (id),
    frequency   VARCHAR(20)   NOT NULL,
    reasons     VARCHAR(4000) NOT NULL,
    changed_by  VARCHAR(254)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mon_risk_history_account ON mon_risk_history (account_id);

CREATE TABLE mon_notification (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT        NOT NULL REFERENCES dp_account (id),
    return_id   BIGINT        REFERENCES mon_return (id),
    kind        VARCHAR(30)   NOT NULL,
    recipient   VARCHAR(254)  NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    detail      VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mon_notification_return ON mon_notification (return_id);
