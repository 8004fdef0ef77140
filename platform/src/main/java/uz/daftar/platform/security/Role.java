package uz.daftar.platform.security;

/** The roles a Daftar token can carry in its {@code roles} claim. */
public enum Role {
    STUDENT,
    PARENT,
    TEACHER,
    CENTRE_ADMIN,
    ADMIN,
    ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}
