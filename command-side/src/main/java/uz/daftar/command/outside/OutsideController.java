package uz.daftar.command.outside;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Which features that need an outside service can run now ({@code GET /api/v1/outside}, any signed-in caller). */
@RestController
class OutsideController {

    private final OutsideCalls outside;

    OutsideController(OutsideCalls outside) {
        this.outside = outside;
    }

    @GetMapping("/api/v1/outside")
    List<FeatureStatus> statuses() {
        return outside.statuses();
    }
}
