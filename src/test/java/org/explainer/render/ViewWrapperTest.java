package org.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wrapper reads record components without the default wrapper's chain of type tests; every
 * component must still come out as the model that chain makes of its value. (Public, with public
 * records, because only public records are read the quick way.)
 */
public class ViewWrapperTest {

    public record Inner(String name) {
    }

    public record Outer(String text, boolean flag, int count, long big, List<String> words, Inner inner,
                        Views.DateView date, Object anything, String missing) {
    }

    private final ViewWrapper wrapper;

    ViewWrapperTest() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        b.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper = new ViewWrapper(b);
    }

    @Test
    void wrapsEveryKindOfComponentAsTheDefaultChainWould() throws TemplateModelException {
        Outer outer = new Outer("a \u201cquote\u201d", true, 3, 1L << 40, List.of("x", "y"), new Inner("n"),
                new Views.DateView("2016", "2016", 2016, "year"), List.of(1), null);
        TemplateHashModel model = (TemplateHashModel) wrapper.wrap(outer);
        for (String key : List.of("text", "flag", "count", "big", "words", "inner", "date", "anything", "missing")) {
            Object value = component(outer, key);
            TemplateModel expected = wrapper.wrap(value);
            TemplateModel actual = model.get(key);
            assertEquals(describe(expected), describe(actual), key);
        }
        assertSame(TemplateBooleanModel.TRUE, model.get("flag"));
        assertEquals("n", ((TemplateScalarModel) ((TemplateHashModel) model.get("inner")).get("name")).getAsString());
    }

    private static Object component(Record r, String key) {
        try {
            return r.getClass().getMethod(key).invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A model's class and the value it stands for: what a template can tell apart. */
    private static String describe(TemplateModel m) throws TemplateModelException {
        if (m == null) return "null";
        Object value = m instanceof WrapperTemplateModel w ? w.getWrappedObject()
                : m instanceof AdapterTemplateModel a ? a.getAdaptedObject(Object.class)
                : m instanceof TemplateScalarModel s ? s.getAsString()
                : m instanceof TemplateNumberModel n ? n.getAsNumber()
                : m instanceof TemplateBooleanModel b ? b.getAsBoolean()
                : m;
        return m.getClass().getName() + ": " + value;
    }
}
