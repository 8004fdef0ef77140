package uz.daftar.command.subscription;

import java.time.Instant;

/** "Does this student have an active entitlement for this product at this time", for other contexts to ask. */
public interface ActiveEntitlements {

    /** The product that opens olympiads to a student. */
    String OLYMPIADS = "olympiads";

    /** Whether the student holds an entitlement for {@code product} that is active at {@code at}. */
    boolean isActive(String studentId, String product, Instant at);
}
