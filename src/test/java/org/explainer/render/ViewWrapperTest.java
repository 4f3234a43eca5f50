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

        /** Not a component: a template reads it as a property, through the bean model. */
        public String shout() {
            return text.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** A record the default chain takes for something else: its wrapping is left to the chain. */
    public record Once(String word) implements java.util.Iterator<String> {
        @Override
        public boolean hasNext() {
            return false;
        }

        @Override
        public String next() {
            throw new java.util.NoSuchElementException();
        }
    }

    /** A record with nothing to read: the bean model answers for it. */
    public record Nothing() {
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

    /**
     * Strings and records that implement no interface are wrapped before the default chain: into
     * what that chain ends in for them (a scalar; the record's model from handleUnknownType).
     */
    @Test
    void wrapsStringsAndPlainRecordsStraightAwayIntoWhatTheChainEndsIn() throws TemplateModelException {
        TemplateModel chainsString = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build().wrap("s");
        assertEquals(describe(chainsString), describe(wrapper.wrap("s")));
        Inner inner = new Inner("n");
        assertEquals(describe(wrapper.handleUnknownType(inner)), describe(wrapper.wrap(inner)));
        assertEquals("freemarker.template.DefaultIteratorAdapter",
                wrapper.wrap(new Once("a")).getClass().getName(), "a record that is an Iterator is one to a template");
        assertEquals("freemarker.ext.beans.GenericObjectModel", wrapper.wrap(new Nothing()).getClass().getName());
    }

    @Test
    void answersWhatIsNotAComponentAsTheBeanModelDoes() throws Exception {
        Outer outer = new Outer("word", false, 0, 0, List.of(), new Inner("n"), null, null, null);
        assertEquals("WORD|WORD|n|true|false", render(
                "${r.shout}|${r.text?upper_case}|${r.inner.name}|${r?is_hash?c}|${(r.missing??)?c}", outer));
    }

    @Test
    void refusesToPrintARecordInsteadOfPrintingJavasToString() {
        Outer outer = new Outer("word", false, 0, 0, List.of(), new Inner("n"), null, null, null);
        freemarker.template.TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(
                freemarker.template.TemplateException.class, () -> render("${r.inner}", outer));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("r.inner"), e.getMessage());
    }

    @Test
    void givesJavaCodeTheRecordBackFromItsModel() throws TemplateModelException {
        Inner inner = new Inner("n");
        TemplateModel model = wrapper.wrap(inner);
        assertSame(inner, ((WrapperTemplateModel) model).getWrappedObject());
        assertSame(inner, wrapper.unwrap(model));
    }

    private String render(String template, Object record) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setObjectWrapper(wrapper);
        cfg.setTemplateExceptionHandler(freemarker.template.TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        java.io.StringWriter out = new java.io.StringWriter();
        new freemarker.template.Template("t", template, cfg).process(java.util.Map.of("r", record), out);
        return out.toString();
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
