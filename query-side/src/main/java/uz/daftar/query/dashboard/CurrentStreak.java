package uz.daftar.query.dashboard;

import java.time.LocalDate;

/**
 * Whether a streak still stands today: the streak that ends on the student's last counted day stands while that day
 * is today or yesterday in the student's time zone; after that the streak shown is 0 until the next active day.
 */
public final class CurrentStreak {

    private CurrentStreak() {
    }

    public static boolean stands(LocalDate lastCountedDay, LocalDate today) {
        return lastCountedDay != null && !lastCountedDay.isBefore(today.minusDays(1));
    }
}
