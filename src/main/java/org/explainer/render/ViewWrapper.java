package org.explainer.render;

import freemarker.ext.beans.StringModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Freemarker's default object wrapper, with a quicker way to read the view records' components.
 *
 * <p>Why: templates read record components hundreds of times per page ({@code ${q.actor.name}}),
 * and the default wrapper answers each read through a fresh bean model: a class-introspection
 * lookup, a per-object member cache and a reflective call. Here each record class's accessors
 * are found once, and a read calls the accessor straight away. Everything else a template may
 * ask of a record (methods, {@code ?keys}, printing it) is left to the default bean model this
 * extends, so templates see exactly what they saw before.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    /** Each public record class's components by name; empty for classes read the default way. */
    private static final ClassValue<Map<String, Component>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Component> computeValue(Class<?> type) {
            if (!isReadDirectly(type)) return Map.of();
            Map<String, Component> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Class<?> declared = c.getType();
                Kind kind = declared == String.class ? Kind.STRING
                        : declared == boolean.class ? Kind.BOOLEAN
                        : declared == int.class || declared == long.class ? Kind.NUMBER
                        : declared == List.class ? Kind.LIST
                        : isReadDirectly(declared) && declared.getInterfaces().length == 0 ? Kind.RECORD
                        : Kind.OTHER;
                Method accessor = c.getAccessor();
                // A public accessor of a public record: skipping the access check opens nothing
                // that was closed, and spares Method.invoke finding its caller on every read.
                accessor.setAccessible(true);
                byName.put(c.getName(), new Component(accessor, kind));
            }
            return Map.copyOf(byName);
        }
    };

    /**
     * How a component's value is wrapped. Strings and interface-free records are wrapped here
     * without the default wrapper's chain of type tests, which a page asks for thousands of times.
     * Each result is the one that chain reaches for the type: a record class is final, so its
     * declared type is its runtime type; a list is adapted unless it is already a template model.
     */
    private enum Kind { STRING, BOOLEAN, NUMBER, LIST, RECORD, OTHER }

    private record Component(Method accessor, Kind kind) {
    }

    ViewWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        Map<String, Component> accessors = ACCESSORS.get(object.getClass());
        return accessors.isEmpty() ? super.handleUnknownType(object) : new RecordModel(object, this, accessors);
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

    /** A record as the default wrapper shows it, with its components read directly. */
    private static final class RecordModel extends StringModel {

        private final ViewWrapper views;
        private final Map<String, Component> accessors;

        RecordModel(Object record, ViewWrapper wrapper, Map<String, Component> accessors) {
            super(record, wrapper);
            this.views = wrapper;
            this.accessors = accessors;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Component component = accessors.get(key);
            if (component == null) return super.get(key);
            try {
                Object value = component.accessor().invoke(object);
                if (value != null && views.getOuterIdentity() == views) {
                    switch (component.kind()) {
                        case STRING: return new SimpleScalar((String) value);
                        case BOOLEAN: return (Boolean) value ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
                        case NUMBER: return new SimpleNumber((Number) value);
                        case LIST:
                            if (value instanceof TemplateModel model) return model;
                            if (views.getUseAdaptersForContainers()) return DefaultListAdapter.adapt((List<?>) value, views);
                            break;
                        case RECORD: return new RecordModel(value, views, ACCESSORS.get(value.getClass()));
                        default: break;
                    }
                }
                return wrapper.getOuterIdentity().wrap(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read '" + key + "' of " + object.getClass().getSimpleName(), e);
            }
        }
    }
}
