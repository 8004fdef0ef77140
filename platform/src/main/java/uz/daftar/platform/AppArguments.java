package uz.daftar.platform;

/**
 * Both apps may share one JVM (the local run), so each names its own configuration files:
 * {@code daftar-platform.yml} for what they share and {@code <app>.yml} for its own. Every start of an app goes
 * through here, so this is also where the JVM-wide settings of an app are made: Axon's update checker, which would
 * report to AxonIQ's servers, stays off unless {@code -Daxoniq.update-checker.disabled=false} asks for it.
 */
public final class AppArguments {

    private AppArguments() {
    }

    /** {@code args} with the app's config names first; later arguments may override them. */
    public static String[] withConfigName(String app, String... args) {
        System.getProperties().putIfAbsent("axoniq.update-checker.disabled", "true");
        String[] all = new String[args.length + 1];
        all[0] = "--spring.config.name=daftar-platform," + app;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
