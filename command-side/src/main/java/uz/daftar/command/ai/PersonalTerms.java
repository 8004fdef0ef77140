package uz.daftar.command.ai;

import uz.daftar.events.learner.StudentProfile;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The personal data of the students an artefact concerns, as words that must appear in no prompt and no output:
 * each display name and its parts of three letters or more, each birth date in the usual ways of writing it, and
 * the ids of linked guardians. Matched whole-word and ignoring case; a finding says what kind of data it was,
 * never the data itself.
 */
public final class PersonalTerms {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd.MM.yyyy"), DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    private final List<Term> terms;

    private PersonalTerms(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** A word of personal data and what it is ("a student's name"). */
    record Term(Pattern pattern, String what) {
    }

    public static PersonalTerms of(Collection<StudentProfile> profiles, Collection<String> guardianIds) {
        List<Term> terms = new ArrayList<>();
        for (StudentProfile profile : profiles) {
            if (profile.displayName() != null && !profile.displayName().isBlank()) {
                terms.add(term(profile.displayName().strip(), "a student's name"));
                for (String part : profile.displayName().split("[\\s.,'’-]+")) {
                    if (part.codePointCount(0, part.length()) >= 3) {
                        terms.add(term(part, "a student's name"));
                    }
                }
            }
            if (profile.birthDate() != null) {
                DATES.forEach(format -> terms.add(term(profile.birthDate().format(format), "a student's birth date")));
            }
        }
        guardianIds.forEach(guardian -> terms.add(term(guardian, "a guardian's id")));
        return new PersonalTerms(terms);
    }

    private static Term term(String text, String what) {
        return new Term(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), what);
    }

    /** What kind of personal data {@code text} contains, if any. */
    public Optional<String> foundIn(String text) {
        return terms.stream().filter(term -> term.pattern().matcher(text).find()).map(Term::what).findFirst();
    }
}
