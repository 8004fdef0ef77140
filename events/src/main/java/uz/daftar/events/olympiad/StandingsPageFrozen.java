package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * One page (numbered from 1) of an olympiad's frozen standings: consecutive ranks, at most
 * a thousand entries, so that a hundred thousand participants never make one huge event. Each entry's prize was
 * decided under {@code prizeRule}.
 */
@Revision("1")
public record StandingsPageFrozen(String olympiadId,
                                  int page,
                                  List<RankedEntry> entries,
                                  String prizeRule,
                                  Instant frozenAt) {
}
