package org.openprov.api.generator;

import static org.junit.Assert.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;

/** How {@link KeyRules} checks a layout against a model. */
public class KeyRulesTest {

    /** Ten keys on the phone, up to two modules of twenty: 50 in all. */
    private static final ModelInfo DESK = new ModelInfo("D10", "Desk 10", 4, 10, 2, 20, "");
    /** Two keys and no module. */
    private static final ModelInfo SMALL = new ModelInfo("S2", "Small 2", 2, 2, 0, 0, "");
    private static final KeyRules RULES = new KeyRules(EnumSet.of(KeyType.LINE, KeyType.BLF,
            KeyType.SPEED_DIAL), 16);

    @Test
    public void keysUpToTheModulesCapacityFit() {
        List<LineKey> keys = List.of(key(1, KeyType.LINE, 1, ""), key(11, KeyType.BLF, 4,
                "201"), key(50, KeyType.SPEED_DIAL, 2, "0800"));

        assertEquals(List.of(), RULES.problems(keys, "Acme", DESK));
    }

    @Test
    public void aKeyBeyondPhoneAndModulesIsNamedWithTheLimit() {
        assertEquals(List.of("key.51 does not fit the Acme Desk 10: it has 10 keys and takes up"
                + " to 2 expansion module(s) of 20 keys, 50 in all"),
                RULES.problems(List.of(key(51, KeyType.BLF, 1, "201")), "Acme", DESK));
        assertEquals(List.of("key.3 does not fit the Acme Small 2: it has 2 keys and takes no"
                + " expansion module, 2 in all"),
                RULES.problems(List.of(key(3, KeyType.LINE, 1, "")), "Acme", SMALL));
    }

    @Test
    public void aTypeTheVendorLacksIsNamed() {
        assertEquals(List.of("key.4 is of type dnd, which Acme phones cannot do"),
                RULES.problems(List.of(key(4, KeyType.DND, 1, "")), "Acme", DESK));
    }

    @Test
    public void aLineBeyondTheModelsLinesIsNamed() {
        assertEquals(List.of("key.2 is bound to line 3; the Acme Small 2 has 2 line(s)"),
                RULES.problems(List.of(key(1, KeyType.LINE, 2, ""),
                        key(2, KeyType.LINE, 3, "")), "Acme", SMALL));
    }

    @Test
    public void anEmptyKeyAlwaysFits() {
        KeyRules none = new KeyRules(Set.of(), 10);

        assertEquals(List.of(), none.problems(List.of(key(256, KeyType.EMPTY, 1, "")),
                "Acme", SMALL));
        assertEquals(Set.of(), none.types());
    }

    @Test
    public void everyKeyThatDoesNotFitGetsOneMessage() {
        List<String> problems = RULES.problems(List.of(key(3, KeyType.DND, 9, ""),
                key(1, KeyType.URL, 1, "http://x.example.com/"), key(2, KeyType.BLF, 1, "1")),
                "Acme", SMALL);

        assertEquals(List.of("key.3 does not fit the Acme Small 2: it has 2 keys and takes no"
                + " expansion module, 2 in all", "key.1 is of type url, which Acme phones cannot"
                + " do"), problems);
    }

    private static LineKey key(int position, KeyType type, int line, String target) {
        return new LineKey(position, type, line, target, "");
    }
}
