package org.openprov.api.billing;

/** Told how a month's close advances, for a progress indication. */
@FunctionalInterface
public interface CloseProgress {

    /**
     * @param providersDone providers closed so far
     * @param providers providers to close
     * @param devicesDone devices looked at so far
     */
    void advanced(int providersDone, int providers, long devicesDone);
}
