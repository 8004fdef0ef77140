package uz.daftar.command.outside;

import java.util.Set;

/**
 * An adapter to a service outside Daftar (Azure Speech, an OpenAI-compatible server). {@link OutsideCalls} finds
 * every provider bean and runs their calls; a feature with no configured provider is unavailable.
 */
public interface OutsideProvider {

    /** The provider's name in the API and in recorded events: {@code azure-speech}, {@code openai}. */
    String name();

    Set<OutsideFeature> features();

    /** True when the provider has what it needs to be called (an endpoint, a key). */
    boolean configured();
}
