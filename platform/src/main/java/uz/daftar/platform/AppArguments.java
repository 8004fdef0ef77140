package uz.daftar.platform;

/**
 * Both apps may share one JVM (the local run), so each names its own configuration files:
 * {@code daftar-platform.yml} for what they share and {@code <app>.yml} for its own.
 */
public final class AppArguments {

    private AppArguments() {
    }

    /** {@code args} with the app's config names first; later arguments may override them. */
    public static String[] withConfigName(String app, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--spring.config.name=daftar-platform," + app;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
