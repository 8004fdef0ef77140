package uz.daftar.command.olympiad;

import uz.daftar.command.olympiad.OlympiadTerms.Status;
import uz.daftar.command.olympiad.OlympiadTerms.Terms;
import uz.daftar.command.subscription.ActiveEntitlements;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.PrizeBand;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One olympiad for the fixtures: registration in the first days of September 2025, a start window on the morning
 * of the 10th, 45 minutes each, final deadline at 08:30 UTC; two questions worth 3 and 5 points.
 */
final class OlympiadTestEvents {

    static final String OLYMPIAD = "olymp-math-5";
    static final String STUDENT = "stu-1";
    static final String FEE_HOLD = Admission.feeHoldId(OLYMPIAD);
    static final Instant REGISTRATION_OPENS = Instant.parse("2025-09-01T04:00:00Z");
    static final Instant REGISTRATION_CLOSES = Instant.parse("2025-09-09T19:00:00Z");
    static final Instant START_OPENS = Instant.parse("2025-09-10T04:00:00Z");
    static final Instant START_CLOSES = Instant.parse("2025-09-10T08:00:00Z");
    static final long DURATION_SECONDS = 45 * 60;
    static final Instant FINAL_DEADLINE = Instant.parse("2025-09-10T08:30:00Z");
    static final OlympiadSchedule SCHEDULE = new OlympiadSchedule(REGISTRATION_OPENS, REGISTRATION_CLOSES,
            START_OPENS, START_CLOSES, DURATION_SECONDS, FINAL_DEADLINE);
    static final List<OlympiadQuestion> QUESTIONS = List.of(new OlympiadQuestion("q1", 3, "42"),
            new OlympiadQuestion("q2", 5, "B"));
    static final List<PrizeBand> PRIZES = List.of(new PrizeBand(1, 1, 100), new PrizeBand(2, 3, 30));
    static final Instant REGISTERED_AT = Instant.parse("2025-09-02T15:30:00Z");
    static final Instant STARTED_AT = Instant.parse("2025-09-10T05:00:00Z");
    static final Instant DEADLINE = STARTED_AT.plusSeconds(DURATION_SECONDS);

    private OlympiadTestEvents() {
    }

    static Terms terms(Status status, long entryFee) {
        return new Terms(OLYMPIAD, status, SCHEDULE, entryFee, QUESTIONS, PRIZES);
    }

    static ParticipantRegistered registered() {
        return new ParticipantRegistered(OLYMPIAD, STUDENT, 0, null, REGISTERED_AT);
    }

    static ParticipantRegistered registeredWithFee(long fee) {
        return new ParticipantRegistered(OLYMPIAD, STUDENT, fee, FEE_HOLD, REGISTERED_AT);
    }

    static ParticipationStarted started() {
        return new ParticipationStarted(OLYMPIAD, STUDENT, null, STARTED_AT, DEADLINE);
    }

    /** Olympiad terms held in memory, as the catalogue would hold them. */
    static final class Olympiads implements OlympiadTerms {

        private final Map<String, Terms> terms = new HashMap<>();

        Olympiads with(Terms olympiad) {
            terms.put(olympiad.olympiadId(), olympiad);
            return this;
        }

        @Override
        public Optional<Terms> find(String olympiadId) {
            return Optional.ofNullable(terms.get(olympiadId));
        }

        @Override
        public List<String> dueForFreeze(Instant at) {
            return terms.values().stream().filter(t -> t.status() == Status.PUBLISHED)
                    .filter(t -> !t.schedule().finalDeadline().isAfter(at)).map(Terms::olympiadId).toList();
        }
    }

    /** Olympiad entitlements held in memory: the students entitled for the whole of 2025. */
    static final class Entitled implements ActiveEntitlements {

        private final Set<String> students = new HashSet<>();

        Entitled student(String studentId) {
            students.add(studentId);
            return this;
        }

        @Override
        public boolean isActive(String studentId, String product, Instant at) {
            return OLYMPIADS.equals(product) && students.contains(studentId) && at.toString().startsWith("2025-");
        }
    }
}
