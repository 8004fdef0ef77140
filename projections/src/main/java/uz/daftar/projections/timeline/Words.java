package uz.daftar.projections.timeline;

import uz.daftar.events.games.Game;
import uz.daftar.events.practice.MasteryLevel;
import uz.daftar.events.practice.PracticeActivity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The plain words the timeline uses for amounts, durations, times and the names of things. */
public final class Words {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Words() {
    }

    /** "1 coin", "3 coins". */
    static String count(long n, String one, String many) {
        return n + " " + (Math.abs(n) == 1 ? one : many);
    }

    /** "under a second", "12 s", "3 min 5 s", "1 h 2 min". */
    static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        if (seconds < 1) {
            return "under a second";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** A moment as a parent reads it; the timeline is stored before the reader's time zone is known. */
    static String at(Instant instant) {
        return UTC.format(instant);
    }

    static String activity(PracticeActivity activity) {
        return switch (activity) {
            case QUIZ -> "a quiz question";
            case LESSON -> "a lesson question";
            case HARF_DRILL -> "a Harf letter drill";
            case MATHKIDS_SET -> "a MathKids problem";
            case TYPING_EXERCISE -> "a typing exercise";
        };
    }

    /** What a finished or abandoned attempt was: "quiz", "Harf letter drill"... */
    static String attempt(PracticeActivity activity) {
        return switch (activity) {
            case QUIZ -> "quiz";
            case LESSON -> "lesson";
            case HARF_DRILL -> "Harf letter drill";
            case MATHKIDS_SET -> "MathKids problem set";
            case TYPING_EXERCISE -> "typing exercise";
        };
    }

    static String game(Game game) {
        return switch (game) {
            case MEMORY -> "Memory";
            case MATH_MONSTER -> "Math Monster";
            case TETRIS -> "Tetris";
            case GAME_2048 -> "2048";
        };
    }

    static String mastery(MasteryLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    /** The learning event an award was for, by its type. */
    public static String cause(String sourceType) {
        if ("PracticeAnswerRecorded".equals(sourceType)) {
            return "a practice answer";
        }
        if ("ScoreAccepted".equals(sourceType)) {
            return "a game score that counts";
        }
        return "a learning event";
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<?> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : String.valueOf(items.get(0));
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            joined.append(i == 0 ? "" : i == items.size() - 1 ? " and " : ", ").append(items.get(i));
        }
        return joined.toString();
    }
}
