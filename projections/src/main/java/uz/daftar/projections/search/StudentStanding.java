package uz.daftar.projections.search;

/**
 * Where a student stood when an event happened: the region of their centre (null: in no centre yet) and their year
 * of birth (null: unknown).
 */
record StudentStanding(String region, Integer birthYear) {

    static final StudentStanding UNKNOWN = new StudentStanding(null, null);

    /** The document with the student's {@code region} and {@code ageBand}; a field stays absent when unknown. */
    ActivityDocument describe(ActivityDocument document) {
        return document.with("region", region)
                .with("ageBand", AgeBand.of(birthYear, document.occurredAt()).orElse(null));
    }
}
