package uz.daftar.command;

/**
 * Event-store stream ids of the aggregates. Ids from clients may collide across kinds (a student and an attempt
 * may share an id), so every stream id is prefixed with its aggregate's kind.
 */
public final class StreamIds {

    private StreamIds() {
    }

    public static String student(String studentId) {
        return "student:" + studentId;
    }

    public static String centre(String centreId) {
        return "centre:" + centreId;
    }

    public static String classroom(String classId) {
        return "class:" + classId;
    }

    public static String attempt(String attemptId) {
        return "attempt:" + attemptId;
    }

    public static String skills(String studentId) {
        return "skills:" + studentId;
    }

    public static String wallet(String studentId) {
        return "wallet:" + studentId;
    }

    /** One student's play of one game: sessions, scores and the rate caps that span them. */
    public static String player(String studentId, String game) {
        return "player:" + studentId + ":" + game;
    }

    public static String subscription(String studentId) {
        return "subscription:" + studentId;
    }

    public static String progress(String studentId) {
        return "progress:" + studentId;
    }

    public static String olympiad(String olympiadId) {
        return "olympiad:" + olympiadId;
    }

    /** One student's participation in one olympiad, so that a crowd of participants never shares a stream. */
    public static String participation(String olympiadId, String studentId) {
        return "participation:" + olympiadId + ":" + studentId;
    }

    /** The frozen final standings of one olympiad. */
    public static String standings(String olympiadId) {
        return "standings:" + olympiadId;
    }

    /** One coin dispute, from opening to decision. */
    public static String dispute(String disputeId) {
        return "dispute:" + disputeId;
    }

    /** One generated artefact, from the request to its output (and a draft's approval). */
    public static String artefact(String artefactId) {
        return "artefact:" + artefactId;
    }

    /** One reading aloud, from submission to its assessment and the deletion of its audio. */
    public static String reading(String attemptId) {
        return "reading:" + attemptId;
    }
}
