package uz.daftar.platform.security;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCharactersTest {

    /** Spring Security 6.5's own expressions (StrictHttpFirewall): the rule the predicates must keep. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointAloneIsJudgedAsSpringSecurityJudgesIt() {
        List<String> differing = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + new String(Character.toChars(codePoint)) + "b";
            if (HeaderCharacters.NAMES.test(text) != NAMES.matcher(text).matches()
                    || HeaderCharacters.VALUES.test(text) != VALUES.matcher(text).matches()) {
                differing.add(Integer.toHexString(codePoint));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void mixedTextsAndLoneSurrogatesAreJudgedAsSpringSecurityJudgesThem() {
        Random random = new Random(5);
        char[] pool = {'a', 'Z', '0', ' ', '\t', '\n', '\r', '\u0000', '\u007f', '\u0085', '\u00e9', '\u0416',
                '\ud83d', '\ude00', '\uffff', '\u2028', '|', '='};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            String candidate = text.toString();
            assertThat(HeaderCharacters.NAMES.test(candidate)).as(candidate)
                    .isEqualTo(NAMES.matcher(candidate).matches());
            assertThat(HeaderCharacters.VALUES.test(candidate)).as(candidate)
                    .isEqualTo(VALUES.matcher(candidate).matches());
        }
    }

    @Test
    void aBearerTokenPassesAndAControlCharacterDoesNot() {
        assertThat(HeaderCharacters.VALUES.test("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzIn0.c2lnbmF0dXJl")).isTrue();
        assertThat(HeaderCharacters.VALUES.test("Bearer abc\u0000")).isFalse();
        assertThat(HeaderCharacters.VALUES.test("a\tb")).isTrue();
        assertThat(HeaderCharacters.NAMES.test("a\tb")).isFalse();
    }
}
