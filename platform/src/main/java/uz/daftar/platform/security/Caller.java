package uz.daftar.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling: the token's subject (a student id for students, the account id for everyone else) and roles.
 */
public record Caller(String subject, Set<Role> roles) {

    public static Caller of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStudent(String studentId) {
        return has(Role.STUDENT) && subject.equals(studentId);
    }
}
