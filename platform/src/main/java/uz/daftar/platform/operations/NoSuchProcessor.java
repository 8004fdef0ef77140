package uz.daftar.platform.operations;

/** This app runs no event processor of that name. */
public class NoSuchProcessor extends RuntimeException {

    NoSuchProcessor(String name) {
        super("This app runs no event processor named '" + name + "'.");
    }
}
