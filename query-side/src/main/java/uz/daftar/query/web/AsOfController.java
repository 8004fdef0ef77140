package uz.daftar.query.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.web.InvalidParameter;
import uz.daftar.projections.ReadModels;
import uz.daftar.query.asof.AsOfView;
import uz.daftar.query.asof.FindStudentAsOfQuery;
import uz.daftar.query.asof.StudentAsOf;
import uz.daftar.query.leaderboard.LeaderboardDisplay;
import uz.daftar.query.leaderboard.LeaderboardDisplay.Audience;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A student's dashboard, ledger and XP places as they stood at a past moment {@code at}: built from every event about
 * the student recorded at or before {@code at} (the event's own recorded time, never when it was processed), by the
 * same projections and readers as the live endpoints, so the answer is what those showed then. Readable by whoever
 * may read the student's dashboard; {@code scope} as for the student's live place on a leaderboard.
 */
@RestController
@RequestMapping("/api/v1/students")
@ConditionalOnProperty(name = "daftar.trust.enabled", havingValue = "true")
class AsOfController {

    private static final String SCOPE = "global|(region|centre|class):[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}";

    private final QueryGateway queries;
    private final Consistency consistency;
    private final LeaderboardAccess access;
    private final LeaderboardDisplay display;
    private final Clock clock;

    AsOfController(QueryGateway queries, Consistency consistency, LeaderboardAccess access,
                   LeaderboardDisplay display, Clock clock) {
        this.queries = queries;
        this.consistency = consistency;
        this.access = access;
        this.display = display;
        this.clock = clock;
    }

    @GetMapping("/{studentId}/as-of")
    ResponseEntity<AsOfView> asOf(@PathVariable String studentId,
                                  @RequestParam Instant at,
                                  @RequestParam(defaultValue = "global")
                                  @Pattern(regexp = SCOPE, message = "must be global, region:<code>, centre:<id> or "
                                          + "class:<id>") String scope,
                                  @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit,
                                  @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitForPosition,
                                  Authentication authentication) {
        if (at.isAfter(clock.instant())) {
            throw new InvalidParameter("at", "must not be in the future");
        }
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        Audience audience = access.requireMayReadStudent(authentication, studentId, scope);
        Watermark watermark = consistency.await(ReadModels.LEADERBOARDS, waitForPosition);
        Optional<StudentAsOf> found = queries.query(new FindStudentAsOfQuery(studentId, at, scope, limit),
                ResponseTypes.optionalInstanceOf(StudentAsOf.class)).join();
        StudentAsOf asOf = found.orElseThrow(() -> Problems.notFound("Unknown student",
                "Student " + studentId + " was not registered at " + at + "."));
        return ResponseEntity.ok().headers(Consistency.headers(watermark)).body(new AsOfView(studentId, asOf.at(),
                asOf.dashboard(), asOf.ledger(), asOf.standings().stream()
                .map(standing -> display.rank(standing, audience)).toList()));
    }
}
