package uz.daftar.command.olympiad;

import uz.daftar.command.CommandRejected;
import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.PrizeBand;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes an olympiad sound: registration opens before it closes and never after the start window opens, and
 * closes no later than the start window; the start window is not empty and closes no later than the final
 * deadline; each participant has a positive duration; question ids are distinct; prize bands do not overlap.
 */
final class OlympiadRules {

    private OlympiadRules() {
    }

    static void requireSound(CreateOlympiadCommand command) {
        OlympiadSchedule s = command.schedule();
        requireBefore(s.registrationOpens(), s.registrationCloses(), "registrationOpens", "registrationCloses");
        requireBefore(s.startOpens(), s.startCloses(), "startOpens", "startCloses");
        requireNotAfter(s.registrationOpens(), s.startOpens(), "registrationOpens", "startOpens");
        requireNotAfter(s.registrationCloses(), s.startCloses(), "registrationCloses", "startCloses");
        requireNotAfter(s.startCloses(), s.finalDeadline(), "startCloses", "finalDeadline");
        if (s.durationSeconds() <= 0) {
            throw unsound("The duration must be positive, not " + s.durationSeconds() + " seconds.");
        }
        if (command.minAge() > command.maxAge()) {
            throw unsound("The age band " + command.minAge() + "-" + command.maxAge() + " is empty.");
        }
        Set<String> ids = new HashSet<>();
        for (OlympiadQuestion question : command.questions()) {
            if (!ids.add(question.questionId())) {
                throw unsound("The question id " + question.questionId() + " appears twice.");
            }
        }
        List<PrizeBand> bands = command.prizes().stream()
                .sorted((a, b) -> Integer.compare(a.fromRank(), b.fromRank())).toList();
        for (int i = 0; i < bands.size(); i++) {
            PrizeBand band = bands.get(i);
            if (band.fromRank() > band.toRank()) {
                throw unsound("The prize band " + band.fromRank() + "-" + band.toRank() + " is empty.");
            }
            if (i > 0 && band.fromRank() <= bands.get(i - 1).toRank()) {
                throw unsound("The prize bands " + bands.get(i - 1).fromRank() + "-" + bands.get(i - 1).toRank()
                        + " and " + band.fromRank() + "-" + band.toRank() + " overlap.");
            }
        }
    }

    private static void requireBefore(Instant first, Instant second, String firstName, String secondName) {
        if (!first.isBefore(second)) {
            throw unsound(firstName + " (" + first + ") must be before " + secondName + " (" + second + ").");
        }
    }

    private static void requireNotAfter(Instant first, Instant second, String firstName, String secondName) {
        if (first.isAfter(second)) {
            throw unsound(firstName + " (" + first + ") must not be after " + secondName + " (" + second + ").");
        }
    }

    private static CommandRejected unsound(String message) {
        return CommandRejected.unprocessable("unsound-olympiad", message);
    }
}
