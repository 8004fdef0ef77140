package uz.daftar.platform.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.function.Predicate;

/**
 * Spring Security's default rule for the characters of header names, header values and parameter names — every code
 * point assigned, none a control character (a tab allowed in header values) — checked without its regular
 * expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}). Those ran on every header read, the bearer token among
 * them, and took about a fifth of a request thread's time in the benchmark (docs/BENCHMARKS.md). Same answers,
 * proven against the expressions in {@code HeaderCharactersTest}.
 */
final class HeaderCharacters {

    static final Predicate<String> NAMES = text -> allowed(text, false);
    static final Predicate<String> VALUES = text -> allowed(text, true);

    private HeaderCharacters() {
    }

    /** A {@link StrictHttpFirewall} with its default settings, checking characters with these predicates. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(VALUES);
        firewall.setAllowedParameterNames(NAMES);
        return firewall;
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean printableAscii = codePoint >= 0x20 && codePoint < 0x7f;
            if (!printableAscii && (!Character.isDefined(codePoint)
                    || Character.isISOControl(codePoint) && !(tab && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
