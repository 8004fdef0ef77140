package uz.daftar.command.ai;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uz.daftar.command.ai.Shape.fields;
import static uz.daftar.command.ai.Shape.malformed;
import static uz.daftar.command.ai.Shape.many;
import static uz.daftar.command.ai.Shape.oneOf;
import static uz.daftar.command.ai.Shape.text;
import static uz.daftar.command.ai.Shape.whole;

/** The output contract of each artefact kind. */
public final class OutputContracts {

    static final int TITLE = 120;

    private OutputContracts() {
    }

    /** A narrative for parents: a few short paragraphs about the period's figures and up to five highlights. */
    public static OutputContract narrative() {
        return of("parent_narrative", fields("paragraphs", many(text(800), 1, 4), "highlights", many(text(200), 0, 5)));
    }

    /** Up to five recommendations, each about one of {@code skills} (the skills the prompt named). */
    public static OutputContract recommendations(List<String> skills) {
        Shape shape = fields("recommendations", many(fields("skill", oneOf(skills), "title", text(TITLE),
                "activity", text(400)), 1, 5));
        return new Contract("recommendations", shape) {
            @Override
            public void check(JsonNode output) {
                super.check(output);
                Set<String> named = new HashSet<>();
                for (JsonNode recommendation : output.get("recommendations")) {
                    if (!named.add(recommendation.get("skill").textValue())) {
                        throw malformed("$.recommendations", "names skill '"
                                + recommendation.get("skill").textValue() + "' twice");
                    }
                }
            }
        };
    }

    /** A short story for children: a title and its paragraphs. */
    public static OutputContract story() {
        return of("story_draft", fields("title", text(TITLE), "paragraphs", many(text(800), 1, 12)));
    }

    /** A quiz: questions with three or four distinct options and the index of the one correct option. */
    public static OutputContract quiz() {
        Shape shape = fields("title", text(TITLE), "questions", many(fields("question", text(300),
                "options", many(text(TITLE), 3, 4), "correctOption", whole(0, 3)), 1, 10));
        return new Contract("quiz_draft", shape) {
            @Override
            public void check(JsonNode output) {
                super.check(output);
                JsonNode questions = output.get("questions");
                for (int i = 0; i < questions.size(); i++) {
                    JsonNode question = questions.get(i);
                    int options = question.get("options").size();
                    if (question.get("correctOption").asInt() >= options) {
                        throw malformed("$.questions[" + i + "].correctOption", "names no option (there are "
                                + options + ")");
                    }
                    Set<String> distinct = new HashSet<>();
                    question.get("options").forEach(option -> distinct.add(option.textValue().strip()
                            .toLowerCase()));
                    if (distinct.size() != options) {
                        throw malformed("$.questions[" + i + "].options", "repeat an option, so more than one "
                                + "could be correct");
                    }
                }
            }
        };
    }

    private static OutputContract of(String name, Shape shape) {
        return new Contract(name, shape);
    }

    private static class Contract implements OutputContract {
        private final String name;
        private final Shape shape;

        Contract(String name, Shape shape) {
            this.name = name;
            this.shape = shape;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Map<String, Object> schema() {
            return shape.schema();
        }

        @Override
        public void check(JsonNode output) {
            shape.check(output, "$");
        }
    }
}
