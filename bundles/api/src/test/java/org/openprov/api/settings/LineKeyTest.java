package org.openprov.api.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The rules of {@link LineKey} and {@link KeyType}, and the stored form of a key. */
public class LineKeyTest {

    private static final String TYPES = "line blf speed-dial call-park pickup group-pickup dnd"
            + " voicemail intercom transfer call-forward conference url empty";

    @Test
    public void aKeyTypeIsReadInAnyCaseWithDashOrUnderscore() {
        assertEquals(KeyType.SPEED_DIAL, KeyType.parse("SPEED_DIAL"));
        assertEquals(KeyType.SPEED_DIAL, KeyType.parse(" Speed-Dial "));
        assertEquals(KeyType.GROUP_PICKUP, KeyType.parse("group_PICKUP"));
        assertEquals(KeyType.BLF, KeyType.parse("blf"));
        for (KeyType type : KeyType.values()) {
            assertEquals(type, KeyType.parse(type.id()));
            assertEquals(type, KeyType.parse(type.name()));
        }
    }

    @Test
    public void anUnknownKeyTypeListsTheTypes() {
        assertEquals(TYPES, KeyType.ids());
        assertEquals("Unknown key type 'speeddial'; the types are " + TYPES,
                assertThrows(IllegalArgumentException.class, () -> KeyType.parse("speeddial"))
                        .getMessage());
    }

    @Test
    public void aPositionIsFrom1To256() {
        assertEquals("key.256", key(256, KeyType.DND, 1, "", "").settingKey());
        assertEquals("Key position 0 is out of range; keys are numbered from 1 to 256",
                refusal(0, KeyType.DND, 1, null, null));
        assertEquals("Key position 257 is out of range; keys are numbered from 1 to 256",
                refusal(257, KeyType.DND, 1, null, null));
    }

    @Test
    public void aTypeAndALineInRangeAreRequired() {
        assertEquals("key.4: a key type is required, one of " + TYPES,
                refusal(4, null, 1, null, null));
        assertEquals("key.4: line 0 is out of range 1-64", refusal(4, KeyType.LINE, 0, null,
                null));
        assertEquals("key.4: line 65 is out of range 1-64", refusal(4, KeyType.LINE, 65, null,
                null));
        assertEquals(64, key(4, KeyType.LINE, 64, null, null).line());
    }

    @Test
    public void aRequiredTargetMustBeGiven() {
        for (KeyType type : List.of(KeyType.BLF, KeyType.SPEED_DIAL, KeyType.PICKUP,
                KeyType.INTERCOM)) {
            assertEquals("key.2: a " + type.id() + " key needs a target (the number or"
                    + " extension)", refusal(2, type, 1, "  ", null));
        }
        assertEquals("key.2: a url key needs a target URL", refusal(2, KeyType.URL, 1, null,
                null));
    }

    @Test
    public void anOptionalTargetMayBeLeftOut() {
        for (KeyType type : List.of(KeyType.CALL_PARK, KeyType.GROUP_PICKUP, KeyType.VOICEMAIL,
                KeyType.TRANSFER, KeyType.CALL_FORWARD)) {
            assertEquals("", key(5, type, 1, null, null).target());
            assertEquals("*8", key(5, type, 1, " *8 ", null).target());
        }
    }

    @Test
    public void aTypeWithoutTargetRefusesOne() {
        for (KeyType type : List.of(KeyType.LINE, KeyType.DND, KeyType.CONFERENCE,
                KeyType.EMPTY)) {
            assertEquals("key.6: a " + type.id() + " key takes no target; remove --target",
                    refusal(6, type, 1, "201", null));
        }
    }

    @Test
    public void aTargetHasNumberCharactersOnly() {
        assertEquals("sales@pbx.example.com", key(1, KeyType.BLF, 1, "sales@pbx.example.com",
                null).target());
        assertEquals("key.1: the target '20 1' is not valid; give 1 to 64 of letters, digits"
                + " and * # + . , _ @ : -", refusal(1, KeyType.BLF, 1, "20 1", null));
        assertEquals("key.1: the target '20?1' is not valid; give 1 to 64 of letters, digits"
                + " and * # + . , _ @ : -", refusal(1, KeyType.BLF, 1, "20\n1", null));
        assertEquals("key.1: the target '201;label=x' is not valid; give 1 to 64 of letters,"
                + " digits and * # + . , _ @ : -", refusal(1, KeyType.SPEED_DIAL, 1,
                        "201;label=x", null));
        assertEquals(64, key(1, KeyType.SPEED_DIAL, 1, "1".repeat(64), null).target()
                .length());
        assertEquals("key.1: the target '" + "1".repeat(65) + "' is not valid; give 1 to 64"
                + " of letters, digits and * # + . , _ @ : -", refusal(1, KeyType.SPEED_DIAL,
                        1, "1".repeat(65), null));
    }

    @Test
    public void aUrlTargetFollowsTheUrlRule() {
        assertEquals("https://xml.example.com/menu?x=1", key(9, KeyType.URL, 1,
                "https://xml.example.com/menu?x=1", null).target());
        assertEquals("Setting key.9 target: 'javascript:alert(1)' is not valid; expected an"
                + " http, https, ftp or tftp URL of at most 512 characters without spaces",
                refusal(9, KeyType.URL, 1, "javascript:alert(1)", null));
    }

    @Test
    public void aUrlTargetWithASemicolonIsRefusedSinceItCouldNotBeReadBack() {
        String message = refusal(9, KeyType.URL, 1, "http://xml.example.com/a;label=x", null);

        assertEquals("key.9: the target URL 'http://xml.example.com/a;label=x' cannot hold"
                + " ';', which separates the parts of a key; write it as %3B", message);
    }

    @Test
    public void aLabelHasAtMost32CharactersAndNoSemicolonOrControl() {
        assertEquals("Front desk", key(3, KeyType.BLF, 1, "201", "  Front desk ").label());
        assertEquals("l".repeat(32), key(3, KeyType.BLF, 1, "201", "l".repeat(32)).label());
        String rule = "' is not valid; a label has at most 32 characters, no ';' and no control"
                + " characters";
        assertEquals("key.3: the label '" + "l".repeat(33) + rule,
                refusal(3, KeyType.BLF, 1, "201", "l".repeat(33)));
        assertEquals("key.3: the label 'a;b" + rule, refusal(3, KeyType.BLF, 1, "201", "a;b"));
        assertEquals("key.3: the label 'a?b" + rule, refusal(3, KeyType.BLF, 1, "201",
                "a\u0007b"));
    }

    @Test
    public void anEmptyKeyDropsItsLabelAndLine() {
        LineKey blank = key(7, KeyType.EMPTY, 2, null, "ignored");

        assertEquals("", blank.label());
        assertEquals("empty", blank.format());
        assertEquals(blank, LineKey.parse(7, blank.format()));
    }

    @Test
    public void everyTypeSurvivesFormatAndParse() {
        Map<KeyType, String> targets = Map.of(KeyType.BLF, "201", KeyType.SPEED_DIAL,
                "+4930123456", KeyType.PICKUP, "202", KeyType.INTERCOM, "203", KeyType.URL,
                "http://xml.example.com/dir.xml?a=b", KeyType.CALL_PARK, "*85");
        for (KeyType type : KeyType.values()) {
            String target = targets.getOrDefault(type, "");
            LineKey key = key(12, type, 3, target, "Desk = 1");

            LineKey read = LineKey.parse(12, key.format());

            assertEquals(key.format(), key, read);
        }
    }

    @Test
    public void theStoredFormAlwaysNamesTheLine() {
        assertEquals("blf;line=1;target=201;label=Reception",
                LineKey.parse(1, "blf;target=201;label=Reception").format());
        assertEquals("dnd;line=2", LineKey.parse(1, "DND;LINE= 2 ").format());
        assertEquals("voicemail;line=1", LineKey.parse(1, "voicemail").format());
    }

    @Test
    public void unreadableStoredFormsNameTheKey() {
        assertEquals("key.5: unknown part 'colour'; a key is written"
                + " <type>;line=<n>;target=<number>;label=<text>",
                unreadable(5, "blf;target=201;colour=red"));
        assertEquals("key.5: unknown part ''; a key is written"
                + " <type>;line=<n>;target=<number>;label=<text>", unreadable(5, "dnd;"));
        assertEquals("key.5: line 'two' is not a number", unreadable(5, "line;line=two"));
        assertEquals("key.5: line '' is not a number", unreadable(5, "line;line"));
        assertEquals("key.5: Unknown key type 'paging'; the types are " + TYPES,
                unreadable(5, "paging;target=1"));
        assertEquals("key.5: Unknown key type ''; the types are " + TYPES, unreadable(5, null));
    }

    @Test
    public void anUnknownTypeIsNotRepeatedWithItsControlCharacters() {
        assertEquals("key.5: Unknown key type 'bl?f'; the types are " + TYPES,
                unreadable(5, "bl\u001bf;target=1"));
    }

    private static LineKey key(int position, KeyType type, int line, String target,
            String label) {
        return new LineKey(position, type, line, target, label);
    }

    private static String refusal(int position, KeyType type, int line, String target,
            String label) {
        return assertThrows(IllegalArgumentException.class,
                () -> key(position, type, line, target, label)).getMessage();
    }

    private static String unreadable(int position, String value) {
        return assertThrows(IllegalArgumentException.class,
                () -> LineKey.parse(position, value)).getMessage();
    }
}
