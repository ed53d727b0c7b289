-- The PA matching register: profiles (contact details kept apart from the public profile),
-- areas, availability, skills, vetting evidence, needs, introductions with consent, the log of
-- who saw whose contact details, hires, and notices to PAs.
-- Written in SQL that both PostgreSQL and H2 (PostgreSQL mode) accept.
-- Register staff are users with the ADMIN role (no separate role).

-- Register rows are written with plain JDBC, one id at a time, so they have their own sequence
-- (dps_id_seq is handed out in blocks of 50 by JPA). It starts at a million so new PA-ids never meet
-- the PA-000001... ids of generated demo and benchmark registers.
CREATE SEQUENCE register_id_seq START WITH 1000000 INCREMENT BY 1;

-- What budget holders may see of a PA (never contact details). pa_ref is the register's id, e.g. PA-001234.
CREATE TABLE pa_profile (
    id                  BIGINT       PRIMARY KEY,
    pa_ref              VARCHAR(40)  NOT NULL UNIQUE,
    user_id             BIGINT       REFERENCES app_user (id),
    has_car             BOOLEAN      NOT NULL,
    -- the weekly availability grid: 7 days x 5 parts of the day, bit (day-1)*5+part set when available
    availability_mask   BIGINT       NOT NULL,
    gender              VARCHAR(10),
    rate_sought         NUMERIC(7,2),
    about               VARCHAR(600) NOT NULL,
    visibility          VARCHAR(10)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    decision_status     VARCHAR(20),
    decision_by_role    VARCHAR(20),
    decision_by         VARCHAR(254),
    decision_on         DATE,
    decision_note       VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pa_profile_status_known CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'SUSPENDED_BY_STAFF')),
    CONSTRAINT pa_profile_visibility_known CHECK (visibility IN ('VISIBLE', 'HIDDEN'))
);
CREATE UNIQUE INDEX pa_profile_user ON pa_profile (user_id);
CREATE INDEX pa_profile_status ON pa_profile (status);

-- Contact details, kept apart: read only by the PA, register staff, and through an agreed introduction (logged).
CREATE TABLE pa_contact (
    profile_id      BIGINT       PRIMARY KEY REFERENCES pa_profile (id) ON DELETE CASCADE,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    telephone       VARCHAR(40),
    address_lines   VARCHAR(400),
    town            VARCHAR(100),
    postcode        VARCHAR(10),
    date_of_birth   DATE
);

-- Postcode districts the PA works in.
CREATE TABLE pa_area (
    profile_id  BIGINT      NOT NULL REFERENCES pa_profile (id) ON DELETE CASCADE,
    district    VARCHAR(4)  NOT NULL,
    PRIMARY KEY (profile_id, district)
);
CREATE INDEX pa_area_district ON pa_area (district);

CREATE TABLE pa_skill (
    profile_id  BIGINT      NOT NULL REFERENCES pa_profile (id) ON DELETE CASCADE,
    skill       VARCHAR(30) NOT NULL,
    PRIMARY KEY (profile_id, skill)
);

CREATE TABLE pa_language (
    profile_id  BIGINT      NOT NULL REFERENCES pa_profile (id) ON DELETE CASCADE,
    language    VARCHAR(60) NOT NULL,
    PRIMARY KEY (profile_id, language)
);

-- Vetting evidence: the facts of each check (never a copy of the DBS certificate).
CREATE TABLE pa_vetting (
    profile_id                BIGINT      PRIMARY KEY REFERENCES pa_profile (id) ON DELETE CASCADE,
    dbs_level                 VARCHAR(40),
    dbs_issued_on             DATE,
    dbs_update_service        VARCHAR(40),
    dbs_status_checked_on     DATE,
    rtw_checked_on            DATE,
    rtw_permission_ends_on    DATE,
    code_of_conduct_agreed_on DATE
);

CREATE TABLE pa_reference (
    profile_id   BIGINT       NOT NULL REFERENCES pa_profile (id) ON DELETE CASCADE,
    referee      VARCHAR(200) NOT NULL,
    received_on  DATE,
    verified_on  DATE,
    PRIMARY KEY (profile_id, referee)
);

CREATE TABLE pa_training (
    profile_id    BIGINT       NOT NULL REFERENCES pa_profile (id) ON DELETE CASCADE,
    course        VARCHAR(100) NOT NULL,
    completed_on  DATE         NOT NULL,
    expires_on    DATE,
    PRIMARY KEY (profile_id, course)
);

-- Messages to a PA shown on their page: what to renew after a suspension, reinstatement, decisions.
-- One notice per profile, kind and day, so the daily sweep can run on several servers at once.
CREATE TABLE pa_notice (
    id          BIGINT        PRIMARY KEY,
    profile_id  BIGINT        NOT NULL REFERENCES pa_profile (id) ON DELETE CASCADE,
    kind        VARCHAR(20)   NOT NULL,
    notice_day  DATE          NOT NULL,
    message     VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pa_notice_once_a_day UNIQUE (profile_id, kind, notice_day)
);

-- What was kept when a PA deleted their profile (RetentionPolicy): no contact details, no profile.
CREATE TABLE pa_erasure (
    id          BIGINT        PRIMARY KEY,
    pa_ref      VARCHAR(40)   NOT NULL,
    erased_on   DATE          NOT NULL,
    summary     VARCHAR(4000) NOT NULL,
    delete_on   DATE          NOT NULL
);

-- A budget holder's need, for one of their direct-payment accounts.
CREATE TABLE register_need (
    id                   BIGINT       PRIMARY KEY,
    need_ref             VARCHAR(40)  NOT NULL UNIQUE,
    account_id           BIGINT       NOT NULL REFERENCES dp_account (id),
    described_by_role    VARCHAR(20)  NOT NULL,
    described_by         VARCHAR(254) NOT NULL,
    contact_name         VARCHAR(200),
    contact_email        VARCHAR(254),
    contact_telephone    VARCHAR(40),
    area                 VARCHAR(4)   NOT NULL,
    hours_mask           BIGINT       NOT NULL,
    gender               VARCHAR(10),
    gender_importance    VARCHAR(12)  NOT NULL,
    car                  VARCHAR(12)  NOT NULL,
    maximum_rate         NUMERIC(7,2),
    status               VARCHAR(10)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT register_need_status_known CHECK (status IN ('OPEN', 'FILLED', 'CLOSED'))
);
CREATE INDEX register_need_account ON register_need (account_id);
CREATE INDEX register_need_area ON register_need (area, status);

CREATE TABLE register_need_skill (
    need_id     BIGINT      NOT NULL REFERENCES register_need (id) ON DELETE CASCADE,
    skill       VARCHAR(30) NOT NULL,
    importance  VARCHAR(12) NOT NULL,
    PRIMARY KEY (need_id, skill)
);

CREATE TABLE register_need_language (
    need_id     BIGINT      NOT NULL REFERENCES register_need (id) ON DELETE CASCADE,
    language    VARCHAR(60) NOT NULL,
    importance  VARCHAR(12) NOT NULL,
    PRIMARY KEY (need_id, language)
);

-- An introduction between one PA and one need; its steps are the consent record.
-- profile_id is kept (not cascaded) so a deleted profile's hired introduction can still be explained.
CREATE TABLE register_introduction (
    id          BIGINT       PRIMARY KEY,
    need_id     BIGINT       NOT NULL REFERENCES register_need (id),
    pa_ref      VARCHAR(40)  NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    CONSTRAINT register_introduction_once UNIQUE (need_id, pa_ref)
);
CREATE INDEX register_introduction_pa ON register_introduction (pa_ref);

CREATE TABLE register_introduction_step (
    introduction_id  BIGINT        NOT NULL REFERENCES register_introduction (id),
    step_no          INTEGER       NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    by_role          VARCHAR(20)   NOT NULL,
    by_ref           VARCHAR(254)  NOT NULL,
    at_time          TIMESTAMP WITH TIME ZONE NOT NULL,
    note             VARCHAR(2000) NOT NULL,
    PRIMARY KEY (introduction_id, step_no)
);

-- Every view of someone's contact details: whose, by whom, when, under which introduction.
CREATE TABLE register_contact_view (
    id               BIGINT       PRIMARY KEY,
    introduction_id  BIGINT       NOT NULL REFERENCES register_introduction (id),
    whose            VARCHAR(254) NOT NULL,
    viewer_role      VARCHAR(20)  NOT NULL,
    viewer           VARCHAR(254) NOT NULL,
    viewed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX register_contact_view_intro ON register_contact_view (introduction_id);

-- A hire through the register: which profile and introduction the employment came from
-- (so onboarding can prefill the starter details later).
CREATE TABLE register_hire (
    id                BIGINT       PRIMARY KEY,
    introduction_id   BIGINT       NOT NULL UNIQUE REFERENCES register_introduction (id),
    need_id           BIGINT       NOT NULL REFERENCES register_need (id),
    pa_ref            VARCHAR(40)  NOT NULL,
    pa_employment_id  BIGINT       NOT NULL REFERENCES pa_employment (id),
    agreed_rate       NUMERIC(7,2) NOT NULL,
    start_date        DATE         NOT NULL,
    slots_mask        BIGINT       NOT NULL,
    hired_by          VARCHAR(254) NOT NULL,
    hired_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
