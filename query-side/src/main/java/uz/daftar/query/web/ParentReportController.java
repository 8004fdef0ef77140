package uz.daftar.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import uz.daftar.query.report.FindParentReportQuery;
import uz.daftar.query.report.ParentReport;
import uz.daftar.query.report.ParentReportPage;
import uz.daftar.query.report.ReportFacts;
import uz.daftar.query.report.ReportPdf;
import uz.daftar.query.report.ReportPeriod;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The parent report, for the child's linked parents and admins only ({@link StudentAccess}'s parent-report rule):
 * <ul>
 *   <li>{@code GET /api/v1/students/{id}/report?from=YYYY-MM-DD&to=YYYY-MM-DD}: the report as a self-contained HTML
 *   page;</li>
 *   <li>{@code GET /api/v1/students/{id}/report.pdf?from&to}: the same page as a PDF download;</li>
 *   <li>{@code GET /api/v1/students/{id}/report/facts?from&to}: its pseudonymous figures as JSON.</li>
 * </ul>
 * Both days are included, in the child's calendar; without them, the last full calendar month. At most
 * {@value ReportPeriod#MOST_DAYS} days. Both honour {@code Daftar-Wait-For-Position} and carry the watermark.
 */
@RestController
@RequestMapping("/api/v1/students")
class ParentReportController {

    /** Every read model a report is made of. */
    private static final List<ReadModels> MADE_OF = List.of(ReadModels.STUDENT_DASHBOARD, ReadModels.DAILY_ACTIVITY,
            ReadModels.STUDENT_TIMELINE, ReadModels.COIN_LEDGER, ReadModels.BADGES, ReadModels.OLYMPIAD_STANDINGS,
            ReadModels.AI_ARTEFACTS);

    private final QueryGateway queries;
    private final Consistency consistency;
    private final StudentAccess access;

    ParentReportController(QueryGateway queries, Consistency consistency, StudentAccess access) {
        this.queries = queries;
        this.consistency = consistency;
        this.access = access;
    }

    @GetMapping("/{studentId}/report")
    ResponseEntity<String> html(@PathVariable String studentId,
                                @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitForPosition,
                                Authentication authentication) {
        Answer answer = report(studentId, from, to, waitForPosition, authentication);
        return ResponseEntity.ok().headers(answer.headers()).contentType(new MediaType(MediaType.TEXT_HTML,
                StandardCharsets.UTF_8)).body(ParentReportPage.html(answer.report()));
    }

    /**
     * The report's pseudonymous figures ({@link ReportFacts}), for the command side to request a generated narrative
     * from; the same access rule and watermark as the report.
     */
    @GetMapping("/{studentId}/report/facts")
    ResponseEntity<ReportFacts> facts(@PathVariable String studentId,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestHeader(name = Consistency.WAIT_FOR, required = false)
                                      Long waitForPosition,
                                      Authentication authentication) {
        Answer answer = report(studentId, from, to, waitForPosition, authentication);
        return ResponseEntity.ok().headers(answer.headers()).body(ReportFacts.of(answer.report()));
    }

    @GetMapping("/{studentId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String studentId,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestHeader(name = Consistency.WAIT_FOR, required = false) Long waitForPosition,
                               Authentication authentication) {
        Answer answer = report(studentId, from, to, waitForPosition, authentication);
        ReportPeriod period = answer.report().period();
        HttpHeaders headers = answer.headers();
        headers.setContentDisposition(ContentDisposition.attachment().filename("daftar-report-" + studentId + "-"
                + period.from() + "-" + period.to() + ".pdf").build());
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_PDF)
                .body(ReportPdf.render(ParentReportPage.html(answer.report())));
    }

    private Answer report(String studentId, String from, String to, Long waitForPosition,
                          Authentication authentication) {
        ReportPeriod period = period(from, to);
        consistency.waitFor(StudentAccess.DECIDED_BY, waitForPosition);
        access.requireMayReadParentReport(authentication, studentId);
        Watermark watermark = consistency.awaitAll(MADE_OF, waitForPosition);
        ParentReport report = queries.query(new FindParentReportQuery(studentId, period),
                        ResponseTypes.optionalInstanceOf(ParentReport.class)).join()
                .orElseThrow(() -> Problems.notFound("Unknown student", "No student " + studentId + " (yet)."));
        return new Answer(report, Consistency.headers(watermark));
    }

    private static ReportPeriod period(String from, String to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null) {
            throw new InvalidParameter(from == null ? "from" : "to", "from and to go together: give both or neither");
        }
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw new InvalidParameter("to", "must not be before from (" + first + ")");
        }
        ReportPeriod period = new ReportPeriod(first, last);
        if (period.days() > ReportPeriod.MOST_DAYS) {
            throw new InvalidParameter("to", "a report covers at most " + ReportPeriod.MOST_DAYS + " days; this "
                    + "period has " + period.days());
        }
        return period;
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(field, "'" + value + "' is not a day written YYYY-MM-DD");
        }
    }

    private record Answer(ParentReport report, HttpHeaders headers) {
    }
}
