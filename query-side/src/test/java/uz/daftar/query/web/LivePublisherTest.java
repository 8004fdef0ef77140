package uz.daftar.query.web;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uz.daftar.projections.ReadModels;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LivePublisherTest {

    private final Map<ReadModels, Long> positions = new EnumMap<>(ReadModels.class);
    private final List<ReadModels> positionLooks = new ArrayList<>();
    private final LivePublisher publisher = new LivePublisher(readModel -> {
        positionLooks.add(readModel);
        return positions.getOrDefault(readModel, 0L);
    }, Duration.ofSeconds(1), Duration.ofMinutes(30));
    private final FakeFeed board = new FakeFeed("board-1", ReadModels.LEADERBOARDS);
    private static final Function<List<String>, Object> AS_IS = view -> view;

    @Nested
    class Subscribing {

        @Test
        void sendsTheCurrentViewAtOnce() throws IOException {
            board.now(10, "stu-a", "stu-b");
            FakeSink sink = new FakeSink();

            publisher.subscribe(board, AS_IS, sink);

            assertThat(sink.sent).containsExactly(List.of("stu-a", "stu-b"));
            assertThat(sink.positions).containsExactly(10L);
        }

        @Test
        void aSubscriberWhoseFirstSendFailsIsNotKept() {
            board.now(10, "stu-a");
            FakeSink sink = new FakeSink();
            sink.broken = true;

            assertThatThrownBy(() -> publisher.subscribe(board, AS_IS, sink)).isInstanceOf(IOException.class);
            assertThat(publisher.subscriberCount(board.key())).isZero();
        }

        @Test
        void eachSubscriberIsShownTheViewItsOwnWay() throws IOException {
            board.now(10, "stu-a", "stu-b");
            FakeSink mine = new FakeSink();
            FakeSink others = new FakeSink();

            publisher.subscribe(board, view -> view.stream().map(id -> id.equals("stu-b") ? "me" : "?").toList(),
                    mine);
            publisher.subscribe(board, view -> view.stream().map(id -> "?").toList(), others);

            assertThat(mine.sent).containsExactly(List.of("?", "me"));
            assertThat(others.sent).containsExactly(List.of("?", "?"));
        }
    }

    @Nested
    class Polling {

        @Test
        void nothingIsReadWhileTheReadModelStandsStill() throws IOException {
            board.now(10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(board, AS_IS, sink);
            int reads = board.reads;

            publisher.tick();

            assertThat(board.reads).isEqualTo(reads);
            assertThat(sink.sent).hasSize(1);
        }

        @Test
        void changedViewsArePushed() throws IOException {
            board.now(10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(board, AS_IS, sink);

            board.now(11, "stu-b", "stu-a");
            publisher.tick();

            assertThat(sink.sent).containsExactly(List.of("stu-a"), List.of("stu-b", "stu-a"));
            assertThat(sink.positions).containsExactly(10L, 11L);
        }

        @Test
        void aMovedPositionWithTheSameViewSendsNothing() throws IOException {
            board.now(10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(board, AS_IS, sink);

            positions.put(ReadModels.LEADERBOARDS, 12L);
            publisher.tick();

            assertThat(sink.sent).hasSize(1);
        }

        @Test
        void aFeedIsReadOncePerChangeWhateverItsSubscribersAndEachReadModelLookedAtOnce() throws IOException {
            board.now(10, "stu-a");
            List<FakeSink> sinks = List.of(new FakeSink(), new FakeSink(), new FakeSink());
            for (FakeSink sink : sinks) {
                publisher.subscribe(new FakeFeed(board), AS_IS, sink);
            }
            publisher.subscribe(new FakeFeed("board-2", ReadModels.LEADERBOARDS), AS_IS, new FakeSink());
            int reads = board.reads;
            positionLooks.clear();

            board.now(11, "stu-b", "stu-a");
            publisher.tick();

            assertThat(board.reads).isEqualTo(reads + 1);
            assertThat(sinks).allSatisfy(sink -> assertThat(sink.sent).hasSize(2));
            assertThat(positionLooks).containsExactly(ReadModels.LEADERBOARDS);
        }

        @Test
        void aViewOfSeveralReadModelsIsAsFarAsTheLeastCaughtUpOfThem() throws IOException {
            FakeFeed dashboard = new FakeFeed("dashboard-1", ReadModels.STUDENT_DASHBOARD, ReadModels.BADGES);
            positions.put(ReadModels.STUDENT_DASHBOARD, 20L);
            positions.put(ReadModels.BADGES, 15L);
            dashboard.view = List.of("xp 10");
            FakeSink sink = new FakeSink();

            publisher.subscribe(dashboard, AS_IS, sink);
            positions.put(ReadModels.STUDENT_DASHBOARD, 30L);
            dashboard.view = List.of("xp 20");
            publisher.tick();

            assertThat(sink.positions).containsExactly(15L);
            positions.put(ReadModels.BADGES, 30L);
            publisher.tick();
            assertThat(sink.positions).containsExactly(15L, 30L);
        }

        @Test
        void feedsNobodyWatchesAreNeverRead() throws IOException {
            board.now(10, "stu-a");
            FakeFeed unwatched = new FakeFeed("board-2", ReadModels.LEADERBOARDS);
            publisher.subscribe(board, AS_IS, new FakeSink());

            positions.put(ReadModels.LEADERBOARDS, 11L);
            publisher.tick();

            assertThat(unwatched.reads).isZero();
        }

        @Test
        void withoutSubscribersNoPositionIsEvenLookedAt() {
            publisher.tick();

            assertThat(positionLooks).isEmpty();
        }

        @Test
        void aSubscriberThatCannotBeSentToIsDroppedAndClosed() throws IOException {
            board.now(10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(board, AS_IS, sink);

            sink.broken = true;
            board.now(11, "stu-b", "stu-a");
            publisher.tick();

            assertThat(publisher.subscriberCount(board.key())).isZero();
            assertThat(sink.closed).isTrue();
        }

        @Test
        void anEndedSubscriptionGetsNothingMore() throws IOException {
            board.now(10, "stu-a");
            FakeSink sink = new FakeSink();
            Runnable unsubscribe = publisher.subscribe(board, AS_IS, sink);

            unsubscribe.run();
            board.now(11, "stu-b", "stu-a");
            publisher.tick();

            assertThat(sink.sent).hasSize(1);
            assertThat(publisher.subscriberCount(board.key())).isZero();
        }

        @Test
        void aFailedReadIsTriedAgainAtTheNextPoll() throws IOException {
            board.now(10, "stu-a");
            FakeSink sink = new FakeSink();
            publisher.subscribe(board, AS_IS, sink);

            board.now(11, "stu-b", "stu-a");
            board.failing = true;
            publisher.tick();
            board.failing = false;
            publisher.tick();

            assertThat(sink.sent).hasSize(2);
        }
    }

    /** A feed whose view is a list of ids; copies share their original's view and read count. */
    final class FakeFeed implements LiveFeed<List<String>> {
        private final String key;
        private final List<ReadModels> readModels;
        private final FakeFeed original;
        List<String> view = List.of();
        boolean failing;
        int reads;

        FakeFeed(String key, ReadModels... readModels) {
            this.key = key;
            this.readModels = List.of(readModels);
            this.original = this;
        }

        FakeFeed(FakeFeed original) {
            this.key = original.key;
            this.readModels = original.readModels;
            this.original = original;
        }

        void now(long position, String... ids) {
            readModels.forEach(readModel -> positions.put(readModel, position));
            view = List.of(ids);
        }

        @Override
        public Object key() {
            return key;
        }

        @Override
        public List<ReadModels> readModels() {
            return readModels;
        }

        @Override
        public List<String> read() {
            if (original.failing) {
                throw new IllegalStateException("the database is away");
            }
            original.reads++;
            return original.view;
        }
    }

    static final class FakeSink implements LiveSink {
        final List<Object> sent = new ArrayList<>();
        final List<Long> positions = new ArrayList<>();
        boolean broken;
        boolean closed;

        @Override
        public void send(Object view, long position) throws IOException {
            if (broken) {
                throw new IOException("the client went away");
            }
            sent.add(view);
            positions.add(position);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
