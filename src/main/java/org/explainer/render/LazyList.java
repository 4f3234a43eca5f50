package org.explainer.render;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

/**
 * A list whose items are made when read, one at a time: how the big exports are streamed, each
 * item made, written and dropped, so that none is ever held whole.
 */
public final class LazyList {

    private LazyList() {
    }

    public static <T, R> List<R> of(List<T> items, Function<? super T, ? extends R> make) {
        return new AbstractList<>() {
            @Override
            public R get(int index) {
                return make.apply(items.get(index));
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }
}
