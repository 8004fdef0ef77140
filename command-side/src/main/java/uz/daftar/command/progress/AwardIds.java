package uz.daftar.command.progress;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Award ids are a function of what is awarded, the cause and the rule version, never random: the same cause
 * under the same rule always yields the same id, which is how an award is paid at most once.
 */
public final class AwardIds {

    private AwardIds() {
    }

    public static String of(String kind, String sourceEventId, String ruleVersion) {
        return UUID.nameUUIDFromBytes((kind + "|" + sourceEventId + "|" + ruleVersion)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
