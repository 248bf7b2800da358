package org.openprov.access.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Subjects compared as an administrator means them. */
public class SubjectNamesTest {

    @Test
    public void orderSpacingAndCaseOfNamesDoNotMatter() {
        String logged = "O=Example,CN=001565a1b2c3";
        for (String typed : new String[] {"CN=001565a1b2c3, O=Example", "CN=001565a1b2c3,O=Example",
            "O=Example, CN=001565a1b2c3", "cn=001565a1b2c3, o=Example"}) {
            assertTrue(typed, SubjectNames.same(typed, logged));
        }
    }

    @Test
    public void anotherValueOrAnotherPartIsAnotherSubject() {
        String logged = "O=Example,CN=001565a1b2c3";
        assertFalse(SubjectNames.same("CN=001565a1b2c4, O=Example", logged));
        assertFalse(SubjectNames.same("CN=001565a1b2c3", logged));
        assertFalse(SubjectNames.same("CN=001565a1b2c3, O=Example, OU=x", logged));
        assertFalse(SubjectNames.same("CN=a\\,b", "CN=a,CN=b"));
    }

    @Test
    public void onlyNamesAreValid() {
        assertTrue(SubjectNames.valid("CN=001565a1b2c3, O=Example"));
        for (String odd : new String[] {"", "   ", "not a dn ===", "CN"}) {
            assertFalse(odd, SubjectNames.valid(odd));
        }
    }
}
