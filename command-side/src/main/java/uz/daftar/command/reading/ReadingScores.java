package uz.daftar.command.reading;

import uz.daftar.events.reading.ReadingWord;

import java.util.List;

/** The scores of one reading, 0-100 each; {@code prosody} may be absent, {@code words} empty. */
public record ReadingScores(double accuracy, double fluency, double completeness, Double prosody,
                            double pronunciation, List<ReadingWord> words) {

    public ReadingScores {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** Whether every score lies between 0 and 100. */
    public boolean inRange() {
        return within(accuracy) && within(fluency) && within(completeness) && within(pronunciation)
                && (prosody == null || within(prosody))
                && words.stream().allMatch(word -> word.accuracy() == null || within(word.accuracy()));
    }

    private static boolean within(double score) {
        return score >= 0 && score <= 100;
    }
}
