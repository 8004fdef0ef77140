package uz.daftar.platform.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import uz.daftar.events.learner.ClassOpened;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.StudentEnrolled;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StudentSequencingPolicyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    private final StudentSequencingPolicy policy = new StudentSequencingPolicy();

    @Test
    void eventsOfOneStudentInDifferentStreamsShareTheStudentsSequence() {
        EventMessage<?> linked = inStream("student:s-1", new GuardianLinked("s-1", "parent-1", NOW));
        EventMessage<?> enrolled = inStream("class:c-1", new StudentEnrolled("c-1", "centre-1", "s-1", NOW));

        assertThat(policy.getSequenceIdentifierFor(linked)).isEqualTo("s-1");
        assertThat(policy.getSequenceIdentifierFor(enrolled)).isEqualTo("s-1");
    }

    @Test
    void eventsOfTwoStudentsInOneStreamAreSequencedApart() {
        EventMessage<?> first = inStream("class:c-1", new StudentEnrolled("c-1", "centre-1", "s-1", NOW));
        EventMessage<?> second = inStream("class:c-1", new StudentEnrolled("c-1", "centre-1", "s-2", NOW));

        assertThat(policy.getSequenceIdentifierFor(first)).isNotEqualTo(policy.getSequenceIdentifierFor(second));
    }

    @Test
    void anEventThatConcernsNoStudentKeepsTheOrderOfItsStream() {
        EventMessage<?> opened = inStream("class:c-1", new ClassOpened("c-1", "centre-1", "teacher-1", "1A", NOW));

        assertThat(policy.getSequenceIdentifierFor(opened)).isEqualTo("class:c-1");
    }

    @Test
    void anEventWithoutAStudentIdValueFallsBackToItsStream() {
        EventMessage<?> linked = inStream("student:s-1", new GuardianLinked(null, "parent-1", NOW));

        assertThat(policy.getSequenceIdentifierFor(linked)).isEqualTo("student:s-1");
    }

    @Test
    void anEventOutsideAnyStreamIsASequenceOfItsOwn() {
        EventMessage<?> event = GenericEventMessage.asEventMessage(new Tick(42));

        assertThat(policy.getSequenceIdentifierFor(event)).isEqualTo(event.getIdentifier());
    }

    @Test
    void onlyAStudentIdOfTypeStringCounts() {
        EventMessage<?> event = inStream("counter:1", new NumberedStudent(7));

        assertThat(policy.getSequenceIdentifierFor(event)).isEqualTo("counter:1");
    }

    private static EventMessage<?> inStream(String aggregateId, Object payload) {
        return new GenericDomainEventMessage<>("Test", aggregateId, 0, payload);
    }

    record Tick(int value) {
    }

    record NumberedStudent(int studentId) {
    }
}
