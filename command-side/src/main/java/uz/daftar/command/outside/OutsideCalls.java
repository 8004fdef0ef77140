package uz.daftar.command.outside;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.concurrent.Callable;

/** TEMPORARY stand-in for the lead's guard on main (OUTSIDE.md): no budget, breaker or retries; removed on merge. */
@Component
public class OutsideCalls {

    private final List<OutsideProvider> providers;

    OutsideCalls(List<OutsideProvider> providers) {
        this.providers = providers;
    }

    public <T> T call(OutsideFeature feature, Callable<T> call) {
        if (!available(feature)) {
            throw new OutsideFailure(OutsideFailure.Kind.NOT_CONFIGURED, feature.key() + " is not configured", null);
        }
        try {
            return call.call();
        } catch (OutsideFailure failure) {
            throw failure;
        } catch (Exception e) {
            throw new OutsideFailure(OutsideFailure.Kind.SERVER_ERROR, e.getMessage(), e);
        }
    }

    public void requireAvailable(OutsideFeature feature) {
        if (!available(feature)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    feature.key() + " is unavailable: NOT_CONFIGURED");
            problem.setProperty("feature", feature.key());
            problem.setProperty("reason", "NOT_CONFIGURED");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        }
    }

    private boolean available(OutsideFeature feature) {
        return providers.stream().anyMatch(provider -> provider.features().contains(feature) && provider.configured());
    }
}
