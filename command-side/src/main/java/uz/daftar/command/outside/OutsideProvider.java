package uz.daftar.command.outside;

import java.util.Set;

/** TEMPORARY stand-in for the lead's guard on main (OUTSIDE.md); removed when main is merged. */
public interface OutsideProvider {
    String name();

    Set<OutsideFeature> features();

    boolean configured();
}
