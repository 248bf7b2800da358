package org.openprov.vendor.fanvil.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;

/**
 * Where each neutral key position lands on a Fanvil model, read from
 * {@value #RESOURCE} beside the model table.
 *
 * <p>Fanvil numbers keys per page: the export lists {@code --Sidekey Config1--} (the physical
 * line keys beside the screen, page 1) and {@code --Dsskey Config1--} to
 * {@code --Dsskey Config5--} (the programmable keys of the idle screen, pages 1 to 5), each
 * page holding {@code Fkey1} to {@code Fkeyn} again. The neutral layout counts the phone's own
 * keys first: here the side keys page by page, then the DSS keys page by page. So on a model
 * with 4 side keys on 1 page and DSS pages of 6, key.5 is {@code Fkey1} of
 * {@code --Dsskey Config1--} and key.11 is {@code Fkey1} of {@code --Dsskey Config2--}.
 */
final class FanvilKeyLayout {

    /** The resource holding each model's pages. */
    static final String RESOURCE = "fanvil-key-pages.tsv";

    /**
     * Where one key is written.
     *
     * @param section the subsection title, e.g. {@code Dsskey Config2}
     * @param index the key's number within its page, from 1
     */
    record Slot(String section, int index) {
    }

    /**
     * The pages of one model.
     *
     * @param sidePerPage side keys on one page
     * @param sidePages pages of side keys
     * @param dssPerPage DSS keys on one page
     * @param dssPages pages of DSS keys
     */
    record Pages(int sidePerPage, int sidePages, int dssPerPage, int dssPages) {

        /** @return every key of the model */
        int keys() {
            return sidePerPage * sidePages + dssPerPage * dssPages;
        }

        /**
         * @param position a neutral key position, from 1
         * @return where it lands, if the model has it
         */
        Optional<Slot> slot(int position) {
            int side = sidePerPage * sidePages;
            if (position >= 1 && position <= side) {
                return Optional.of(slot("Sidekey Config", position, sidePerPage));
            }
            int dss = position - side;
            if (dss >= 1 && dss <= dssPerPage * dssPages) {
                return Optional.of(slot("Dsskey Config", dss, dssPerPage));
            }
            return Optional.empty();
        }

        private static Slot slot(String title, int n, int perPage) {
            return new Slot(title + ((n - 1) / perPage + 1), (n - 1) % perPage + 1);
        }
    }

    private final Map<String, Pages> pages;

    private FanvilKeyLayout(Map<String, Pages> pages) {
        this.pages = Map.copyOf(pages);
    }

    /** @return the layout shipped with the bundle */
    static FanvilKeyLayout load() {
        return read(Objects.requireNonNull(FanvilKeyLayout.class.getResourceAsStream(RESOURCE),
                RESOURCE + " is missing"));
    }

    /**
     * @param model a model of the model table
     * @return its pages; none if the layout does not list it
     */
    Pages of(ModelInfo model) {
        return pages.getOrDefault(ModelInfo.normalise(model.id()), new Pages(0, 0, 0, 0));
    }

    /**
     * @param in the table: model, side keys per page, side pages, DSS keys per page, DSS pages
     * @return the layout
     */
    static FanvilKeyLayout read(InputStream in) {
        Map<String, Pages> rows = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    String[] cells = line.split("\t", -1);
                    rows.put(ModelInfo.normalise(cells[0]), new Pages(number(cells[1]),
                            number(cells[2]), number(cells[3]), number(cells[4])));
                }
                header = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new FanvilKeyLayout(rows);
    }

    private static int number(String cell) {
        return Integer.parseInt(cell.trim());
    }
}
