package org.explainer.build;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.explainer.problem.ContentException;
import org.explainer.problem.Problems;
import org.explainer.write.OutputFile;
import org.explainer.write.OutputWriter;

/** For {@code check}: renders every planned page, so template errors surface, and writes nothing. */
final class CheckOnly {

    private CheckOnly() {
    }

    static OutputWriter.Written renderAll(List<OutputFile> plan) {
        Problems problems = new Problems();
        AtomicLong bytes = new AtomicLong();
        plan.parallelStream().forEach(f -> {
            try {
                if (f instanceof OutputFile.Made made) {
                    bytes.addAndGet(made.bytes().get().length);
                } else if (f instanceof OutputFile.Streamed streamed) {
                    streamed.content().writeTo(java.io.Writer.nullWriter());
                }
            } catch (ContentException e) {
                problems.addAll(e.problems());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        problems.throwIfAny("render");
        return new OutputWriter.Written(0, bytes.get());
    }
}
