package uz.daftar.query.report;

/** A student's report for parents over {@code period}; null: the last full calendar month in the student's zone. */
public record FindParentReportQuery(String studentId, ReportPeriod period) {
}
