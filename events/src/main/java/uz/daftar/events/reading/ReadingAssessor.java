package uz.daftar.events.reading;

/** Who assesses a reading attempt: Azure Speech pronunciation assessment, or a teacher by hand. */
public enum ReadingAssessor {
    AZURE,
    TEACHER
}
