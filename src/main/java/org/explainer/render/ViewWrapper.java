package org.explainer.render;

import freemarker.ext.beans.StringModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Freemarker's default object wrapper, with a quicker way to read the view records' components.
 *
 * <p>Why: templates read record components hundreds of times per page ({@code ${q.actor.name}}),
 * and the default wrapper answers each read through a fresh bean model: a class-introspection
 * lookup, a per-object member cache and a reflective call. Here each record class's accessors
 * are found once, each made into a plain function, and a read calls it straight away. Anything
 * else a template may ask of a record (a method, a bean property) is answered by the default bean
 * model. A record is a hash and nothing more: printing one, {@code ${quote}}, is a template error
 * here, where the bean model printed Java's {@code Quote[id=..., ...]} into the page.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    /** Each public record class's components; null for classes read the default way. */
    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            if (!isReadDirectly(type)) return null;
            Map<String, Component> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Class<?> declared = c.getType();
                Kind kind = declared == String.class ? Kind.STRING
                        : declared == boolean.class ? Kind.BOOLEAN
                        : declared == int.class || declared == long.class ? Kind.NUMBER
                        : declared == List.class ? Kind.LIST
                        : isReadDirectly(declared) && declared.getInterfaces().length == 0
                                && declared.getRecordComponents().length > 0 ? Kind.RECORD
                        : Kind.OTHER;
                byName.put(c.getName(), new Component(reader(c), kind, declared));
            }
            if (byName.isEmpty()) return null;
            return new Components(new NameTable<>(byName), type.getInterfaces().length == 0);
        }
    };

    /**
     * A record class's components, and whether the class implements no interface: the default
     * chain's every type test fails for such a record, so it is wrapped before that chain.
     */
    private record Components(NameTable<Component> byName, boolean plain) {
    }

    /**
     * How a component's value is wrapped. Strings and interface-free records with components are
     * wrapped here without the default wrapper's chain of type tests, which a page asks for
     * thousands of times. Each result is the one that chain reaches for the type: a record class
     * is final, so its declared type is its runtime type; a list is adapted unless it is already a
     * template model.
     */
    private enum Kind { STRING, BOOLEAN, NUMBER, LIST, RECORD, OTHER }

    /** One component: how to read it, how to wrap its value, and the class it is declared with. */
    private static final class Component {
        final Function<Object, Object> read;
        final Kind kind;
        private final Class<?> declared;
        /** For a record component, the components of its class, once a read has asked for them. */
        private volatile Components nested;

        Component(Function<Object, Object> read, Kind kind, Class<?> declared) {
            this.read = read;
            this.kind = kind;
            this.declared = declared;
        }

        /**
         * The components of a {@link Kind#RECORD} component's class. Kept here after the first
         * read, which spares a class-value lookup on every later one; a race only looks the same
         * object up twice. Not found at construction: records may refer to each other.
         */
        Components nested() {
            Components n = nested;
            if (n == null) nested = n = COMPONENTS.get(declared);
            return n;
        }
    }

    /**
     * The component's accessor as a function, made the way a lambda {@code Quote::text} is. Why
     * not {@code Method.invoke}: a reflective call goes through an argument array and two
     * delegating accessors on every read; a function is one interface call to the accessor.
     */
    private static Function<Object, Object> reader(RecordComponent component) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle accessor = MethodHandles.publicLookup().unreflect(component.getAccessor());
            // (Quote)String, or (Quote)Integer for an int: a primitive is boxed, as for Quote::count.
            MethodType asCalled = accessor.type().wrap();
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), accessor, asCalled);
            @SuppressWarnings("unchecked")
            Function<Object, Object> read = (Function<Object, Object>) site.getTarget().invokeExact();
            return read;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + component.getDeclaringRecord().getName() + "."
                    + component.getName() + " from templates", e);
        }
    }

    ViewWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    /**
     * Strings and plain records, the values a page model and its lists hold most, are wrapped
     * before the default chain's type tests, into the models that chain ends in for them. Why:
     * the chain tests a String against an interface first and a record against six, and under the
     * client compiler each failed interface test is a call that scans the class's interfaces.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (getOuterIdentity() == this) {
            if (obj instanceof String s) return new SimpleScalar(s);
            if (obj instanceof Record) {
                Components components = COMPONENTS.get(obj.getClass());
                if (components != null && components.plain()) return new RecordModel(obj, this, components);
            }
        }
        return super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        Components components = COMPONENTS.get(object.getClass());
        return components == null ? super.handleUnknownType(object) : new RecordModel(object, this, components);
    }

    private static boolean isReadDirectly(Class<?> type) {
        return type.isRecord() && isPublic(type);
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) return false;
        }
        return true;
    }

    /**
     * A record as a hash of its components. Why not the default bean model: a template reads
     * components far more than anything else, and each bean model made for a record first looked
     * its class up in the introspection cache, and then answered Freemarker's type tests with the
     * seven interfaces a bean model implements, each failed test a linear scan under the client
     * compiler. What a template could ask besides a component (a method, a bean property) is still
     * answered, by a bean model made the first time it is asked for.
     */
    private static final class RecordModel implements TemplateHashModel, WrapperTemplateModel, AdapterTemplateModel {

        private final Object record;
        private final ViewWrapper views;
        private final Components components;
        /** The default model of the record, for anything that is not a component; made when asked. */
        private StringModel bean;

        RecordModel(Object record, ViewWrapper views, Components components) {
            this.record = record;
            this.views = views;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Component component = components.byName().get(key);
            if (component == null) return bean().get(key);
            Object value = component.read.apply(record);
            if (value != null && views.getOuterIdentity() == views) {
                switch (component.kind) {
                    case STRING: return new SimpleScalar((String) value);
                    case BOOLEAN: return (Boolean) value ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
                    case NUMBER: return new SimpleNumber((Number) value);
                    case LIST:
                        if (value instanceof TemplateModel model) return model;
                        if (views.getUseAdaptersForContainers()) return DefaultListAdapter.adapt((List<?>) value, views);
                        break;
                    case RECORD: return new RecordModel(value, views, component.nested());
                    default: break;
                }
            }
            return views.getOuterIdentity().wrap(value);
        }

        /** False, as the bean model says of any object that is neither a container nor a string. */
        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        private StringModel bean() {
            if (bean == null) bean = new StringModel(record, views);
            return bean;
        }
    }
}
