package uz.daftar.events.learner;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A learning centre (an organisation with many teachers and classes) joined the platform. {@code region} is the
 * region code leaderboards and analytics group by.
 */
@Revision("1")
public record LearningCentreRegistered(String centreId, String name, String region, Instant registeredAt) {
}
