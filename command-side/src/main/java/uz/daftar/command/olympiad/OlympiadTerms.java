package uz.daftar.command.olympiad;

import uz.daftar.events.olympiad.OlympiadQuestion;
import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.PrizeBand;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a participation needs to know of its olympiad, without loading the olympiad's aggregate: a hundred thousand
 * participants read these terms, nobody appends to the olympiad's stream because of them.
 */
public interface OlympiadTerms {

    Optional<Terms> find(String olympiadId);

    /** Published olympiads whose final deadline is at or before {@code at}: their standings are due to freeze. */
    List<String> dueForFreeze(Instant at);

    enum Status { DRAFT, PUBLISHED, CANCELLED, FROZEN }

    /** An olympiad's terms as its events set them. */
    record Terms(String olympiadId, Status status, OlympiadSchedule schedule, long entryFee,
                 List<OlympiadQuestion> questions, List<PrizeBand> prizes) {

        public boolean hasQuestion(String questionId) {
            return questions.stream().anyMatch(question -> question.questionId().equals(questionId));
        }
    }
}
