-- Calls made to outside services (Azure Speech, OpenAI) per feature and day, against the feature's daily budget.
CREATE TABLE outside_budget (
    feature VARCHAR(40) NOT NULL,
    day     DATE        NOT NULL,
    used    INTEGER     NOT NULL,
    PRIMARY KEY (feature, day)
);
