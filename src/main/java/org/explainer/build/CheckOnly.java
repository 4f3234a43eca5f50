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
            if (f instanceof OutputFile.Made made) {
                try {
                    bytes.addAndGet(made.bytes().get().length);
                } catch (ContentException e) {
                    problems.addAll(e.problems());
                }
            }
        });
        problems.throwIfAny("render");
        return new OutputWriter.Written(0, bytes.get());
    }
}
