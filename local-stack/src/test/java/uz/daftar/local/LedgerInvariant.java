package uz.daftar.local;

import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.projections.coins.LedgerReader;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coin ledger's invariant, checked after every IT that moves coins: double entry balances (the sum over all
 * accounts is zero), no wallet or escrow below zero, and every student's dashboard agrees with their ledger.
 */
final class LedgerInvariant {

    private LedgerInvariant() {
    }

    static void holds(TestStack stack) {
        new ReplayCheck(stack.apps.querySide()).awaitCaughtUp(Duration.ofMinutes(1));
        Map<String, Long> accounts = stack.apps.querySide().getBean(LedgerReader.class).accountBalances();
        assertThat(accounts.values().stream().mapToLong(Long::longValue).sum()).isZero();
        assertThat(accounts).allSatisfy((account, balance) -> {
            if (account.startsWith("wallet:") || account.startsWith("escrow:")) {
                assertThat(balance).as(account).isGreaterThanOrEqualTo(0);
            }
        });
        JdbcTemplate jdbc = stack.apps.querySide().getBean(JdbcTemplate.class);
        jdbc.query("SELECT student_id, coin_balance, coins_held FROM student_dashboard", rs -> {
            String student = rs.getString(1);
            assertThat(accounts.getOrDefault("wallet:" + student, 0L)).as(student).isEqualTo(rs.getLong(2));
            assertThat(accounts.getOrDefault("escrow:" + student, 0L)).as(student).isEqualTo(rs.getLong(3));
        });
    }
}
