package uz.daftar.command.ai;

/**
 * One generation under the outside-call guard: the validated answer to a prompt, or an
 * {@link uz.daftar.command.outside.OutsideFailure} once the guard's retries are spent (or it refused to try).
 */
@FunctionalInterface
public interface Model {

    Generation generate(Prompt prompt);
}
