package uz.daftar.events.practice;

/**
 * The kinds of practice a student can make an attempt at.
 */
public enum PracticeActivity {
    QUIZ,
    LESSON,
    HARF_DRILL,
    MATHKIDS_SET,
    TYPING_EXERCISE
}
