package org.openprov.audit;

import java.security.AccessController;
import java.security.Principal;
import javax.security.auth.Subject;

/** Names the console user on whose behalf the current thread acts. */
public final class Actor {

    private Actor() {
    }

    /**
     * Karaf runs each console command as its user's JAAS subject, so a service called from a
     * command sees that subject; phones, timers and start-up have none.
     *
     * @return e.g. {@code user admin}, or {@code the platform} when no user is behind the call
     */
    @SuppressWarnings("removal")
    public static String current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return "the platform";
        }
        // Karaf's UserPrincipal, matched by name so bundles need not import Karaf's JAAS API.
        return subject.getPrincipals().stream()
                .filter(p -> p.getClass().getSimpleName().equals("UserPrincipal"))
                .map(Principal::getName).findFirst().map(name -> "user " + name)
                .orElse("an unnamed user");
    }
}
