package uz.daftar.command.process;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.daftar.command.coins.AdjustCoinsCommand;
import uz.daftar.command.coins.ReverseEntryCommand;
import uz.daftar.events.disputes.DisputeUpheld;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisputePolicyTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    private final List<Object> sent = new ArrayList<>();
    private DisputePolicy policy;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(AdjustCoinsCommand.class.getName(), command -> sent.add(command.getPayload()));
        bus.subscribe(ReverseEntryCommand.class.getName(), command -> sent.add(command.getPayload()));
        policy = new DisputePolicy(DefaultCommandGateway.builder().commandBus(bus).build());
    }

    @Test
    void anUpheldCreditIsAnAdjustmentWhoseIdAndEvidenceNameTheCase() {
        // when
        policy.on(new DisputeUpheld("dsp-1", "stu-1", "adm-1", "Cap applied twice.", "CREDIT", 5L, "award-1",
                "dispute:dsp-1", AT));

        // then
        assertThat(sent).containsExactly(new AdjustCoinsCommand("stu-1", "dispute:dsp-1", 5,
                "Dispute dsp-1 upheld: Cap applied twice.", "dispute:dsp-1", "adm-1", AT));
    }

    @Test
    void anUpheldReversalReversesTheDisputedEntry() {
        // when
        policy.on(new DisputeUpheld("dsp-1", "stu-1", "adm-1", "Wrong spend.", "REVERSAL", null, "spend-1",
                "dispute:dsp-1", AT));

        // then
        assertThat(sent).containsExactly(new ReverseEntryCommand("stu-1", "dispute:dsp-1", "spend-1",
                "Dispute dsp-1 upheld: Wrong spend.", "adm-1", AT));
    }
}
