package uz.daftar.projections.leaderboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entries one unit of work (a batch of events) has changed, kept in memory and written once by
 * {@link LeaderboardWriter} when the batch commits: a student earning XP ten times in a batch writes each of their
 * boards once, and a count moves once by the net difference. An event's changes are staged whole, so a handler
 * that fails leaves nothing behind.
 */
final class BoardChanges {

    private record Key(String studentId, String board) {
    }

    private final LeaderboardWriter writer;
    /** As stored when first read in this unit of work (null: not on the board). */
    private final Map<Key, Entry> stored = new HashMap<>();
    private final Map<Key, Entry> current = new HashMap<>();
    /** Every change of an entry, event by event, in the order the events were handled. */
    private final List<EntryVersion> versions = new ArrayList<>();

    BoardChanges(LeaderboardWriter writer) {
        this.writer = writer;
    }

    /** The student's entries on {@code boards} as they stand in this unit of work. */
    Map<String, Entry> entries(String studentId, Collection<String> boards) {
        List<String> missing = boards.stream().filter(board -> !stored.containsKey(new Key(studentId, board)))
                .toList();
        if (!missing.isEmpty()) {
            Map<String, Entry> loaded = writer.load(studentId, missing);
            for (String board : missing) {
                Key key = new Key(studentId, board);
                stored.put(key, loaded.get(board));
                current.put(key, loaded.get(board));
            }
        }
        Map<String, Entry> entries = new HashMap<>();
        for (String board : boards) {
            Entry entry = current.get(new Key(studentId, board));
            if (entry != null) {
                entries.put(board, entry);
            }
        }
        return entries;
    }

    /** Every entry of the student, stored or changed in this unit of work. */
    Map<String, Entry> allEntries(String studentId) {
        // what this unit of work read or staged already (a staged removal too) stands over what is stored
        writer.loadAll(studentId).forEach((board, entry) -> {
            Key key = new Key(studentId, board);
            if (!stored.containsKey(key)) {
                stored.put(key, entry);
                current.put(key, entry);
            }
        });
        Map<String, Entry> entries = new HashMap<>();
        current.forEach((key, entry) -> {
            if (key.studentId().equals(studentId) && entry != null) {
                entries.put(key.board(), entry);
            }
        });
        return entries;
    }

    /**
     * Stages one event's outcome: each board's new entry, null to leave the board. Boards must have been read
     * through {@link #entries} or {@link #allEntries} first. {@code recordedAt} is when the event was recorded: each
     * entry it changes gets a new version valid from then.
     */
    void stage(String studentId, Map<String, Entry> outcome, Instant recordedAt) {
        outcome.forEach((board, entry) -> {
            Key key = new Key(studentId, board);
            if (!stored.containsKey(key)) {
                throw new IllegalStateException("Board " + board + " of " + studentId + " was not read first");
            }
            if (!Objects.equals(current.get(key), entry)) {
                versions.add(new EntryVersion(studentId, board, recordedAt, entry));
            }
            current.put(key, entry);
        });
    }

    /** Writes what changed and starts afresh. */
    void flush() {
        List<EntryChange> changes = new ArrayList<>();
        current.forEach((key, entry) -> {
            Entry before = stored.get(key);
            if (!Objects.equals(before, entry)) {
                changes.add(new EntryChange(key.studentId(), key.board(), before, entry));
            }
        });
        List<EntryVersion> history = List.copyOf(versions);
        stored.clear();
        current.clear();
        versions.clear();
        if (!changes.isEmpty() || !history.isEmpty()) {
            writer.write(changes, history);
        }
    }
}
