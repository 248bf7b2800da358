package org.openprov.vendor.mitel.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/**
 * One test per Aastra or Mitel row of the shared User-Agent fixture: the phone is recognised
 * with its model and its MAC, as the row is and in the shapes proxies and other firmware give
 * it (vendor in another case, extra spaces, a space or underscore in the model, the MAC
 * without separators or in lower case, no MAC at all).
 */
@RunWith(Parameterized.class)
public class MitelUserAgentRowTest {

    private static final Pattern MAC_IN_ROW = Pattern.compile("MAC:(\\S+)");

    private final String model;
    private final String userAgent;
    private final ModelTable models = MitelTestDevices.generator().models();

    /**
     * @param model the fixture's model
     * @param userAgent the fixture's User-Agent
     */
    public MitelUserAgentRowTest(String model, String userAgent) {
        this.model = model;
        this.userAgent = userAgent;
    }

    /** @return the fixture's Aastra and Mitel rows */
    @Parameters(name = "{1}")
    public static List<Object[]> rows() {
        return FixtureRows.rows(true).stream().map(row -> new Object[] {row[1], row[2]})
                .toList();
    }

    @Test
    public void theRowIsReadWithItsModelAndMac() {
        MitelUserAgent.Reading reading = MitelUserAgent.read(userAgent, models).orElseThrow();

        assertEquals(model, reading.model());
        assertEquals(Optional.of(rowMac()), reading.mac());
        assertTrue(models.find(model).isPresent());
    }

    @Test
    public void everyFileIsRecognisedWithTheUserAgentMatched() {
        String[] names = {"aastra.cfg", model + ".cfg", rowMac().upper() + ".cfg"};
        for (String name : names) {
            FileRequest request = MitelTestDevices.generator().recognise(name, userAgent)
                    .orElseThrow();

            assertTrue(name, request.userAgentMatched());
        }
        FileRequest device = MitelTestDevices.generator().recognise(names[2], userAgent)
                .orElseThrow();
        assertEquals(FileKind.DEVICE, device.kind());
        assertEquals(Optional.of(rowMac()), device.mac());
    }

    @Test
    public void otherShapesOfTheRowAreReadAlike() {
        String vendor = userAgent.substring(0, userAgent.indexOf(model));
        String rest = userAgent.substring(vendor.length() + model.length());
        String bare = rowMac().upper();
        String[] shapes = {
            userAgent.toUpperCase(Locale.ROOT),
            userAgent.toLowerCase(Locale.ROOT),
            "  " + vendor + "  " + model + "   " + rest.strip() + "  ",
            vendor + "_" + model + rest,
            vendor + " " + model.replaceAll("(\\d+)(\\D*)", "$1 $2").strip() + rest,
            userAgent.replace(rowText(), bare),
            userAgent.replace(rowText(), rowText().replace('-', ':').toLowerCase(Locale.ROOT)),
            userAgent.replace(rowText(), bare.toLowerCase(Locale.ROOT)),
        };
        for (String shape : shapes) {
            MitelUserAgent.Reading reading = MitelUserAgent.read(shape, models).orElseThrow();

            assertEquals(shape, model, reading.model());
            assertEquals(shape, Optional.of(rowMac()), reading.mac());
        }
    }

    @Test
    public void withoutMacTheModelIsStillRead() {
        String shape = userAgent.replace("MAC:" + rowText() + " ", "");

        MitelUserAgent.Reading reading = MitelUserAgent.read(shape, models).orElseThrow();

        assertEquals(shape, model, reading.model());
        assertEquals(Optional.empty(), reading.mac());
    }

    private String rowText() {
        Matcher mac = MAC_IN_ROW.matcher(userAgent);
        assertTrue(userAgent, mac.find());
        return mac.group(1);
    }

    private Mac rowMac() {
        return Mac.parse(rowText());
    }
}
