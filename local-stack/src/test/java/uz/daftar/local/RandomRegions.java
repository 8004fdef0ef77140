package uz.daftar.local;

import java.security.SecureRandom;

/** Region codes for tests that need a region of their own, so its board or aggregates hold only their data. */
final class RandomRegions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXY";
    private static final String ALPHANUMERIC = LETTERS + "Z0123456789";

    private RandomRegions() {
    }

    /** One of 25² × 36³ codes in the shape of ISO 3166-2 ("AB-X1Z"), never a real Uzbek one ("UZ-..."). */
    static String next() {
        StringBuilder code = new StringBuilder();
        code.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())))
                .append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length()))).append('-');
        for (int i = 0; i < 3; i++) {
            code.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return code.toString();
    }
}
