package org.explainer.invalid;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class a hostile YAML tag names ({@code !!org.explainer.invalid.Canary}): if any YAML reader
 * ever constructed objects from tags, building the canary case would count one here.
 */
public final class Canary {

    static final AtomicInteger CONSTRUCTED = new AtomicInteger();

    public Canary() {
        CONSTRUCTED.incrementAndGet();
    }

    public Canary(String anything) {
        this();
    }
}
