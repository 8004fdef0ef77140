-- Entitlements of the subscription context, for "is this student entitled to X at T" (written by Entitlements only).
-- Active at T iff valid_from <= T < valid_until and (ended_at IS NULL OR T < ended_at).
CREATE TABLE entitlement (
    student_id     VARCHAR(64) NOT NULL,
    entitlement_id VARCHAR(64) NOT NULL,
    product        VARCHAR(32) NOT NULL,
    valid_from     TIMESTAMPTZ NOT NULL,
    valid_until    TIMESTAMPTZ NOT NULL,
    ended_at       TIMESTAMPTZ,
    CONSTRAINT entitlement_pk PRIMARY KEY (student_id, entitlement_id)
);
CREATE INDEX entitlement_product_idx ON entitlement (student_id, product);
CREATE INDEX entitlement_due_idx ON entitlement (valid_until) WHERE ended_at IS NULL;
