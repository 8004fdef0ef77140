package uz.daftar.command.web;

import java.time.Instant;

/** The answer to "is {@code studentId} entitled to {@code product} at {@code at}". */
record EntitlementCheck(String studentId, String product, Instant at, boolean active) {
}
