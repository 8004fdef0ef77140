package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How {@link OperatorCli} prints the processors' status and dead letters: plain aligned text. */
final class ProcessorTable {

    static final List<String> HEADINGS = List.of("APP", "PROCESSOR", "TYPE", "STATE", "POSITION", "HEAD",
            "LAG", "LAG S", "EVENTS/S", "SEGMENTS (OWNER)", "DEAD LETTERS", "REPLAY");

    private ProcessorTable() {
    }

    /** One line per processor (as the status API answers them), under a heading, columns aligned. */
    static String processors(List<JsonNode> processors) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (JsonNode p : processors) {
            rows.add(List.of(p.path("app").asText(), p.path("name").asText(), p.path("type").asText(), state(p),
                    p.path("position").asText(), p.path("head").asText(), p.path("lagEvents").asText(),
                    decimal(p.path("lagSeconds"), 1), decimal(p.path("eventsPerSecond"), 1), segments(p),
                    letterCounts(p.path("deadLetters")), replay(p.path("replay"))));
        }
        return align(rows);
    }

    /** The parked sequences of one processor (as the dead-letter API answers them), each with its letters. */
    static String deadLetters(JsonNode view) {
        StringBuilder text = new StringBuilder(view.path("processor").asText() + ": "
                + view.path("sequences").asLong() + " sequence(s), " + view.path("letters").asLong()
                + " letter(s) parked\n");
        for (JsonNode sequence : view.path("parked")) {
            text.append("sequence ").append(sequence.path("sequenceIdentifier").asText()).append(" (")
                    .append(sequence.path("size").asLong()).append(" letter(s))\n");
            for (JsonNode letter : sequence.path("letters")) {
                text.append("  @").append(letter.path("globalPosition").asText("?")).append(' ')
                        .append(letter.path("eventType").asText()).append(' ')
                        .append(letter.path("eventIdentifier").asText());
                if (!letter.path("causeType").isMissingNode() && !letter.path("causeType").isNull()) {
                    text.append("  ").append(letter.path("causeType").asText()).append(": ")
                            .append(letter.path("causeMessage").asText());
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String state(JsonNode p) {
        if (p.path("error").asBoolean()) {
            return "error: " + p.path("errorMessage").asText("unknown");
        }
        return p.path("running").asBoolean() ? "running" : "stopped";
    }

    private static String segments(JsonNode p) {
        List<String> segments = new ArrayList<>();
        for (JsonNode segment : p.path("segments")) {
            String owner = segment.path("owner").isNull() || segment.path("owner").isMissingNode()
                    ? "unclaimed" : segment.path("owner").asText();
            segments.add(segment.path("segment").asInt() + "/" + segment.path("mask").asInt() + " " + owner);
        }
        return segments.isEmpty() ? "-" : String.join(", ", segments);
    }

    private static String letterCounts(JsonNode counts) {
        if (counts.isNull() || counts.isMissingNode()) {
            return "-";
        }
        return counts.path("sequences").asLong() + " seq / " + counts.path("letters").asLong();
    }

    private static String replay(JsonNode replay) {
        if (replay.isNull() || replay.isMissingNode()) {
            return "caught up";
        }
        String eta = replay.path("secondsLeft").isNumber()
                ? Math.round(replay.path("secondsLeft").asDouble()) + " s left" : "time left unknown";
        return (replay.path("replaying").asBoolean() ? "replaying " : "catching up ")
                + decimal(replay.path("percent"), 1) + "%, " + eta;
    }

    private static String decimal(JsonNode value, int digits) {
        return value.isNumber() ? String.format(Locale.ROOT, "%." + digits + "f", value.asDouble()) : "-";
    }

    private static String align(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(width - value.length());
    }
}
