package org.openprov.audit;

import static org.junit.Assert.assertEquals;

import java.security.Principal;
import java.security.PrivilegedAction;
import javax.security.auth.Subject;
import org.junit.Test;

public class ActorTest {

    @Test
    public void withoutASubjectThePlatformActs() {
        assertEquals("the platform", Actor.current());
    }

    @Test
    @SuppressWarnings("removal")
    public void theConsoleUserIsNamed() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("ops"));
        assertEquals("user ops", Subject.doAs(subject,
                (PrivilegedAction<String>) Actor::current));
    }

    /** Named like Karaf's, which is what Actor looks for. */
    private record UserPrincipal(String getName) implements Principal {
    }
}
