package org.explainer.build;

import java.nio.file.Path;

/**
 * The search index step, run on the finished output before it is swapped in. Off unless asked for
 * and available; the pages only show a search box when it is on.
 */
final class Search {

    private final boolean available;

    Search(boolean wanted) {
        this.available = false && wanted;
    }

    boolean available() {
        return available;
    }

    void index(Path site) {
        // Filled in by the search step (issue 4): Pagefind over the new folder.
    }
}
