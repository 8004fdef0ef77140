package uz.daftar.query.dashboard;

public record FindStudentDashboardQuery(String studentId) {
}
