package uz.daftar.query.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.daftar.platform.security.Caller;
import uz.daftar.platform.security.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the operations console ({@code /console/}, served by this app) finds each app's admin API:
 * {@code GET /api/v1/admin/console/apps}, for admins and analysts. This app answers relative to itself; the command
 * side's base URL is {@code daftar.console.command-url}, and the command side lets the console's origin call it
 * ({@code daftar.console.origins} there).
 */
@RestController
class ConsoleController {

    private final String commandUrl;

    ConsoleController(@Value("${daftar.console.command-url:}") String commandUrl) {
        this.commandUrl = commandUrl;
    }

    /** One app the console shows: its name and the base URL of its API ({@code ""}: this app). */
    record ConsoleApp(String name, String url) {
    }

    @GetMapping("/api/v1/admin/console/apps")
    List<ConsoleApp> apps(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!caller.has(Role.ADMIN) && !caller.has(Role.ANALYST)) {
            throw new AccessDeniedException("The console is for admins and analysts.");
        }
        List<ConsoleApp> apps = new ArrayList<>();
        if (!commandUrl.isBlank()) {
            apps.add(new ConsoleApp("command-side", commandUrl.replaceAll("/+$", "")));
        }
        apps.add(new ConsoleApp("query-side", ""));
        return apps;
    }
}
