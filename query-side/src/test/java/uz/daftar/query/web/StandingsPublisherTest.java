package uz.daftar.query.web;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.query.olympiad.Leaderboard;
import uz.daftar.query.olympiad.LeaderboardEntry;
import uz.daftar.query.olympiad.Pseudonyms;
import uz.daftar.query.olympiad.StandingView;
import uz.daftar.query.olympiad.StandingsDisplay;
import uz.daftar.query.olympiad.StandingsView;
import uz.daftar.query.olympiad.Viewer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandingsPublisherTest {

    static final String OLYMPIAD = "olymp-1";
    static final Viewer NOBODY = Viewer.of(Set.of());

    private final FakeSource source = new FakeSource();
    private final StandingsPublisher publisher = new StandingsPublisher(source,
            new StandingsDisplay(new Pseudonyms(Base64.getEncoder().encodeToString(new byte[32]))), Duration.ofSeconds(1));

    @Nested
    class Subscribing {

        @Test
        void sendsTheCurrentStandingsAtOnce() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a", "stu-b");
            FakeSink sink = new FakeSink();

            publisher.subscribe(OLYMPIAD, 10, NOBODY, sink);

            assertThat(sink.sent).hasSize(1);
            assertThat(sink.sent.get(0).entries()).hasSize(2);
            assertThat(sink.positions).containsExactly(10L);
        }

        @Test
        void aSubscriberWhoseFirstSendFailsIsNotKept() {
            source.standings(OLYMPIAD, 10, "stu-a");
            FakeSink sink = new FakeSink();
            sink.broken = true;

            assertThatThrownBy(() -> publisher.subscribe(OLYMPIAD, 10, NOBODY, sink)).isInstanceOf(IOException.class);
            assertThat(publisher.subscriberCount(OLYMPIAD)).isZero();
        }

        @Test
        void theSubscribersOwnPlaceIsMarkedAsTheirs() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a", "stu-b");
            FakeSink sink = new FakeSink();

            publisher.subscribe(OLYMPIAD, 10, Viewer.of(Set.of("stu-b")), sink);

            assertThat(sink.sent.get(0).entries()).extracting(LeaderboardEntry::mine).containsExactly(false, true);
        }
    }

    @Nested
    class Polling {

        @Test
        void nothingIsReadWhileTheReadModelStandsStill() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(OLYMPIAD, 10, NOBODY, sink);
            int reads = source.reads;

            publisher.tick();

            assertThat(source.reads).isEqualTo(reads);
            assertThat(sink.sent).hasSize(1);
        }

        @Test
        void changedStandingsArePushed() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(OLYMPIAD, 10, NOBODY, sink);

            source.standings(OLYMPIAD, 11, "stu-b", "stu-a");
            publisher.tick();

            assertThat(sink.sent).hasSize(2);
            assertThat(sink.sent.get(1).entries()).hasSize(2);
            assertThat(sink.positions).containsExactly(10L, 11L);
        }

        @Test
        void aMovedPositionWithTheSameStandingsSendsNothing() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(OLYMPIAD, 10, NOBODY, sink);

            source.position = 12;
            publisher.tick();

            assertThat(sink.sent).hasSize(1);
        }

        @Test
        void eachOlympiadIsReadOncePerChangeWhateverItsSubscribers() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a");
            List<FakeSink> sinks = List.of(new FakeSink(), new FakeSink(), new FakeSink());
            for (FakeSink sink : sinks) {
                publisher.subscribe(OLYMPIAD, 10, NOBODY, sink);
            }
            int reads = source.reads;

            source.standings(OLYMPIAD, 11, "stu-b", "stu-a");
            publisher.tick();

            assertThat(source.reads).isEqualTo(reads + 1);
            assertThat(sinks).allSatisfy(sink -> assertThat(sink.sent).hasSize(2));
        }

        @Test
        void olympiadsNobodyWatchesAreNeverRead() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a");
            source.standings("olymp-2", 10, "stu-z");
            publisher.subscribe(OLYMPIAD, 10, NOBODY, new FakeSink());

            source.position = 11;
            publisher.tick();

            assertThat(source.readOlympiads).doesNotContain("olymp-2");
        }

        @Test
        void withoutSubscribersThePositionIsNotEvenLookedAt() {
            publisher.tick();

            assertThat(source.positionLooks).isZero();
        }

        @Test
        void aSubscriberThatCannotBeSentToIsDroppedAndClosed() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(OLYMPIAD, 10, NOBODY, sink);

            sink.broken = true;
            source.standings(OLYMPIAD, 11, "stu-b", "stu-a");
            publisher.tick();

            assertThat(publisher.subscriberCount(OLYMPIAD)).isZero();
            assertThat(sink.closed).isTrue();
        }

        @Test
        void anEndedSubscriptionGetsNothingMore() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a");
            FakeSink sink = new FakeSink();
            Runnable unsubscribe = publisher.subscribe(OLYMPIAD, 10, NOBODY, sink);

            unsubscribe.run();
            source.standings(OLYMPIAD, 11, "stu-b", "stu-a");
            publisher.tick();

            assertThat(sink.sent).hasSize(1);
            assertThat(publisher.subscriberCount(OLYMPIAD)).isZero();
        }

        @Test
        void aFailedReadIsTriedAgainAtTheNextPoll() throws IOException {
            source.standings(OLYMPIAD, 10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(OLYMPIAD, 10, NOBODY, sink);

            source.standings(OLYMPIAD, 11, "stu-b", "stu-a");
            source.failing = true;
            publisher.tick();
            source.failing = false;
            publisher.tick();

            assertThat(sink.sent).hasSize(2);
        }
    }

    static final class FakeSource implements StandingsSource {
        long position;
        boolean failing;
        int reads;
        int positionLooks;
        final List<String> readOlympiads = new ArrayList<>();
        final Map<String, List<String>> ranking = new HashMap<>();

        void standings(String olympiadId, long at, String... studentIds) {
            position = at;
            ranking.put(olympiadId, List.of(studentIds));
        }

        @Override
        public long position() {
            positionLooks++;
            return position;
        }

        @Override
        public StandingsView standings(String olympiadId, int limit) {
            if (failing) {
                throw new IllegalStateException("the database is away");
            }
            reads++;
            readOlympiads.add(olympiadId);
            List<String> students = ranking.getOrDefault(olympiadId, List.of());
            List<StandingView> places = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, students.size()); i++) {
                places.add(new StandingView(i + 1, students.get(i), 10 - i, Instant.EPOCH.plusSeconds(i), null));
            }
            return new StandingsView(olympiadId, false, students.size(), places);
        }
    }

    static final class FakeSink implements StandingsSink {
        final List<Leaderboard> sent = new ArrayList<>();
        final List<Long> positions = new ArrayList<>();
        boolean broken;
        boolean closed;

        @Override
        public void send(Leaderboard standings, long position) throws IOException {
            if (broken) {
                throw new IOException("the client went away");
            }
            sent.add(standings);
            positions.add(position);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
